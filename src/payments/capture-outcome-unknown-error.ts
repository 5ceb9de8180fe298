import type { VoidOptions, VoidResult } from "./timeout-void.js";
import { VoidableOutcomeError, type OutcomeDetails } from "./voidable-outcome-error.js";

/** What the timeout void of a capture needs, and how it is sent. */
export interface TimeoutVoid {
  readonly transactionId: string;
  readonly paymentId: string;
  readonly amount: string;
  /** When the capture was sent. */
  readonly sentAt: Date;
  /** How long after `sentAt` to wait before voiding (the client's `timeoutReversalDelayMs`). */
  readonly delayMs: number;
  readonly now: () => Date;
  readonly send: (options: VoidOptions) => Promise<VoidResult>;
}

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
