import { CybersourceJpoError } from "../errors.js";
import type { TimeoutVoid } from "./capture-outcome-unknown-error.js";
import type { VoidOptions, VoidResult } from "./timeout-void.js";
import { waitAfter } from "./wait.js";

/**
 * The refund request may have reached Cybersource, but no usable answer came back: a timeout,
 * a dropped connection, a redirect, a 5xx, or an unreadable or oversized response. The refund
 * may or may not exist. A refund is not idempotent at Cybersource (a second one would give the
 * money back twice), so it is never sent again: call `void()`, which sends Cybersource's
 * timeout void (`POST /pts/v2/voids`) by the transaction id the refund was sent with, once the
 * waiting time has passed; then refund again if you still want to. Code `REFUND_OUTCOME_UNKNOWN`.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof RefundOutcomeUnknownError) {
 *     await error.void(); // then: await client.refund(storedCapture, { amount: error.amount })
 *   }
 * }
 * ```
 */
export class RefundOutcomeUnknownError extends CybersourceJpoError {
  /** The `clientReferenceInformation.transactionId` sent with the refund. */
  readonly transactionId: string;
  /** The id of the capture (or sale) that was being refunded. */
  readonly refundedId: string;
  /** The amount of the refund, whole yen. */
  readonly amount: string;
  /** The HTTP status, when an answer came but could not be used. */
  readonly httpStatus: number | undefined;
  /** Cybersource's `v-c-correlation-id`, when there was a response. */
  readonly correlationId: string | undefined;
  readonly #void: TimeoutVoid;

  constructor(
    what: string,
    timeoutVoid: TimeoutVoid,
    details: {
      httpStatus?: number | undefined;
      correlationId?: string | undefined;
      cause?: unknown;
    },
  ) {
    super(
      "REFUND_OUTCOME_UNKNOWN",
      `refund of ${timeoutVoid.paymentId}: ${what}, so the money may or may not be refunded; ` +
        "do not send the refund again: void it with error.void() " +
        `(transaction id ${timeoutVoid.transactionId}).`,
      { cause: details.cause },
    );
    this.transactionId = timeoutVoid.transactionId;
    this.refundedId = timeoutVoid.paymentId;
    this.amount = timeoutVoid.amount;
    this.httpStatus = details.httpStatus;
    this.correlationId = details.correlationId;
    this.#void = timeoutVoid;
  }

  /**
   * Sends the timeout void (`POST /pts/v2/voids`) for this refund, first waiting until the
   * client's `timeoutReversalDelayMs` (default 60 s) has passed since the refund was sent.
   * Retries on network errors and 502/503/504.
   */
  async void(options: VoidOptions = {}): Promise<VoidResult> {
    const { sentAt, delayMs, now, send } = this.#void;
    await waitAfter("voidTimedOut (POST /pts/v2/voids)", sentAt, delayMs, now, options?.signal);
    return send(options);
  }
}
