import {
  VoidableOutcomeError,
  type OutcomeDetails,
  type TimeoutVoid,
} from "./voidable-outcome-error.js";

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
export class RefundOutcomeUnknownError extends VoidableOutcomeError {
  /** The id of the capture (or sale) that was being refunded. */
  readonly refundedId: string;

  constructor(what: string, timeoutVoid: TimeoutVoid, details: OutcomeDetails) {
    super(
      "REFUND_OUTCOME_UNKNOWN",
      `refund of ${timeoutVoid.paymentId}: ${what}, so the money may or may not be refunded; ` +
        "do not send the refund again: void it with error.void() " +
        `(transaction id ${timeoutVoid.transactionId}).`,
      timeoutVoid,
      details,
    );
    this.refundedId = timeoutVoid.paymentId;
  }
}
