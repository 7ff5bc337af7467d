/** Counts open connections per token key (a hash of the token), refusing one over `max`. */
export class ConnectionsPerToken {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more connection for the key; false (and nothing counted) when it already has `max`. */
  acquire(tokenKey: string): boolean {
    const count = this.open.get(tokenKey) ?? 0;
    if (count >= this.max) return false;
    this.open.set(tokenKey, count + 1);
    return true;
  }

  release(tokenKey: string): void {
    const count = (this.open.get(tokenKey) ?? 0) - 1;
    if (count > 0) this.open.set(tokenKey, count);
    else this.open.delete(tokenKey);
  }
}
