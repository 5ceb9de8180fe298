import { CybersourceJpoError } from "../errors.js";
import type { ReversalResult, ReverseOptions } from "./reverse.js";
import { waitAfter } from "./wait.js";
import type { OutcomeDetails } from "./voidable-outcome-error.js";

/** What the timeout reversal needs, and how it is sent. */
export interface TimeoutReversal {
  readonly transactionId: string;
  readonly amount: string;
  readonly currency: "JPY";
  /** When the failed authorization was sent. */
  readonly sentAt: Date;
  /** How long after `sentAt` Cybersource wants the reversal to wait. */
  readonly delayMs: number;
  readonly now: () => Date;
  readonly send: (options: ReverseOptions) => Promise<ReversalResult>;
}

/**
 * The authorization request may have reached Cybersource, but no usable answer came back: a
 * timeout, a dropped connection, a 5xx, or an unreadable response. The card may be authorized.
 * Never retry the authorization (Cybersource has no idempotency key); call `reverse()`, which
 * sends the timeout reversal by transaction id once Cybersource's waiting time (60 s by default,
 * from when the request was sent) has passed. Code `AUTHORIZATION_OUTCOME_UNKNOWN`.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof AuthorizationOutcomeUnknownError) {
 *     await saveForLater(error.transactionId, error.amount); // or reverse now:
 *     await error.reverse();
 *   }
 * }
 * ```
 */
export class AuthorizationOutcomeUnknownError extends CybersourceJpoError {
  /** The transaction id sent with the authorization: what the timeout reversal finds it by. */
  readonly transactionId: string;
  /** The amount requested, whole yen. */
  readonly amount: string;
  /** Always `JPY`. */
  readonly currency: "JPY";
  /** The HTTP status, when Cybersource answered with a 5xx or an unreadable body. */
  readonly httpStatus: number | undefined;
  /** Cybersource's `v-c-correlation-id`, when there was a response. */
  readonly correlationId: string | undefined;
  readonly #reversal: TimeoutReversal;

  constructor(what: string, reversal: TimeoutReversal, details: OutcomeDetails) {
    super(
      "AUTHORIZATION_OUTCOME_UNKNOWN",
      `authorize (POST /pts/v2/payments): ${what}, so the card may or may not be authorized; ` +
        `do not retry it: reverse it with error.reverse() (transaction id ${reversal.transactionId}).`,
      { cause: details.cause },
    );
    this.transactionId = reversal.transactionId;
    this.amount = reversal.amount;
    this.currency = reversal.currency;
    this.httpStatus = details.httpStatus;
    this.correlationId = details.correlationId;
    this.#reversal = reversal;
  }

  /**
   * Sends the timeout reversal (`POST /pts/v2/reversals`) for this authorization, first waiting
   * until the client's `timeoutReversalDelayMs` (default 60 s) has passed since the authorization
   * was sent, as Cybersource asks. Retries on network errors and 5xx.
   */
  async reverse(options: ReverseOptions = {}): Promise<ReversalResult> {
    const { sentAt, delayMs, now, send } = this.#reversal;
    const label = "reverseTimedOut (POST /pts/v2/reversals)";
    const signal = typeof options === "object" && options !== null ? options.signal : undefined;
    await waitAfter(
      label,
      sentAt,
      delayMs,
      now,
      signal instanceof AbortSignal ? signal : undefined,
    );
    return send(options);
  }
}
