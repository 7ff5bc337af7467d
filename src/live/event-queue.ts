/**
 * The events of one subscription waiting to be sent, as the async iterator graphql-js reads its
 * source stream from: first in, first out, so a subscriber sees events in the order the bus
 * delivered them. At most `capacity` wait; one more ends the stream with `overflowError` rather
 * than holding memory for a subscriber that does not read.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failWaiting: ((error: Error) => void) | null = null;
  private ended = false;
  private failure: Error | null = null;

  constructor(
    private readonly capacity: number,
    private readonly overflowError: () => Error,
    /** Called once when the stream ends for any reason (the client completed it, the socket closed, an error). */
    private readonly onEnd: () => void,
  ) {}

  /** Adds an event; ignored once the stream has ended. */
  push(item: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.capacity) {
      this.fail(this.overflowError());
      return;
    }
    this.items.push(item);
  }

  /** Ends the stream with an error the reader sees once it has read what was queued before. */
  fail(error: Error): void {
    if (this.ended) return;
    this.failure = error;
    this.items.length = 0;
    this.finish();
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = null;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.items.length = 0;
    this.failure = null;
    this.finish();
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
  }
}
