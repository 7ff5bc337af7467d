/** The client-credentials token as instances share it, and the moment it is to be renewed. */
export interface SharedTokenEntry {
  token: string;
  /** When it must be renewed (a minute before it expires), in ms since the epoch. */
  renewAtMs: number;
}

/**
 * Where instances of the server share one client-credentials token (Redis), so that they reuse it
 * until shortly before it expires instead of each asking Wise for its own.
 */
export interface SharedClientToken {
  /** The token an instance obtained, while it is still to be used; null when there is none. */
  read(): Promise<SharedTokenEntry | null>;
  /** Offers a token this instance obtained to the others, until its `renewAtMs`. */
  write(entry: SharedTokenEntry): Promise<void>;
  /**
   * Claims the renewal for this instance, for a while: true for the one instance that is to ask
   * Wise now, false while another holds the claim.
   */
  claimRenewal(): Promise<boolean>;
  /** Gives the claim up (the token is shared, or asking Wise failed). */
  releaseRenewal(): Promise<void>;
  /** Wise refused this token: forget it, unless another instance has replaced it already. */
  discard(token: string): Promise<void>;
}
