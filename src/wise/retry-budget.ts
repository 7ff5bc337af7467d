/**
 * A retry budget shared by every GET of the process: each call earns `ratio` of a retry, each retry
 * spends one, and the purse holds at most `max`. When Wise fails a lot, retries stop at about
 * `ratio` of the traffic instead of multiplying it (no retry storm); when it fails rarely, every
 * failed GET still gets its retries.
 */
export class RetryBudget {
  private balance: number;

  constructor(
    private readonly ratio = 0.2,
    private readonly max = 20,
  ) {
    this.balance = max;
  }

  /** Called once per call (not per retry). */
  earn(): void {
    this.balance = Math.min(this.max, this.balance + this.ratio);
  }

  /** Takes one retry from the budget; false when there is none left. */
  spend(): boolean {
    if (this.balance < 1) return false;
    this.balance -= 1;
    return true;
  }
}
