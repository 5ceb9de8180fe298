/**
 * The deadline of one exchange: `signal` aborts when the caller's signal does or after `ms`, and
 * `expired` rejects at the same moment with the same reason, so that reading a body can race it
 * without a listener of its own. `clear()` releases the timer and the caller's signal.
 */
export class Deadline {
  readonly signal: AbortSignal;
  readonly expired: Promise<never>;
  #timedOut = false;
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  #fail: (reason: unknown) => void = () => {};

  constructor(caller: AbortSignal | undefined, ms: number) {
    this.signal = this.#controller.signal;
    this.expired = new Promise<never>((_, reject) => (this.#fail = reject));
    // Rejected while nothing races it (during the fetch, which its signal ends): not unhandled.
    this.expired.catch(() => {});
    this.#caller = caller;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#abort(new DOMException(`no response within ${ms} ms`, "TimeoutError"));
    }, ms);
    if (caller?.aborted) this.#abort(caller.reason);
    else caller?.addEventListener("abort", this.#onAbort, { once: true });
  }

  /** Whether the time ran out (rather than the caller aborting). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener("abort", this.#onAbort);
  }

  readonly #onAbort = () => this.#abort(this.#caller?.reason);

  #abort(reason: unknown): void {
    this.#controller.abort(reason);
    this.#fail(reason);
  }
}
