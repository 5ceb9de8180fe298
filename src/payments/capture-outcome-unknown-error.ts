import {
  VoidableOutcomeError,
  type OutcomeDetails,
  type TimeoutVoid,
} from "./voidable-outcome-error.js";

/**
 * The capture request may have reached Cybersource, but no usable answer came back: a timeout,
 * a dropped connection, a redirect, a 5xx, or an unreadable or oversized response. The capture
 * may or may not exist. A capture is not idempotent at Cybersource, so it is never sent twice:
 * call `void()`, which sends Cybersource's timeout void (`POST /pts/v2/voids`) by the
 * transaction id the capture was sent with, once the waiting time has passed; then capture
 * again if you still want to. Code `CAPTURE_OUTCOME_UNKNOWN`.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof CaptureOutcomeUnknownError) {
 *     await error.void(); // then, if the order still ships: await client.capture(stored)
 *   }
 * }
 * ```
 */
export class CaptureOutcomeUnknownError extends VoidableOutcomeError {
  /** The id of the authorization that was being captured. */
  readonly paymentId: string;

  constructor(what: string, timeoutVoid: TimeoutVoid, details: OutcomeDetails) {
    super(
      "CAPTURE_OUTCOME_UNKNOWN",
      `capture (POST /pts/v2/payments/${timeoutVoid.paymentId}/captures): ${what}, so the ` +
        "payment may or may not be captured; do not send the capture again: void it with " +
        `error.void() (transaction id ${timeoutVoid.transactionId}).`,
      timeoutVoid,
      details,
    );
    this.paymentId = timeoutVoid.paymentId;
  }
}
