import { CybersourceJpoError } from "../errors.js";
import type { VoidOptions, VoidResult } from "./timeout-void.js";
import { waitAfter } from "./wait.js";

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
export class CaptureOutcomeUnknownError extends CybersourceJpoError {
  /** The `clientReferenceInformation.transactionId` sent with the capture. */
  readonly transactionId: string;
  /** The id of the authorization that was being captured. */
  readonly paymentId: string;
  /** The amount of the capture, whole yen. */
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
      "CAPTURE_OUTCOME_UNKNOWN",
      `capture (POST /pts/v2/payments/${timeoutVoid.paymentId}/captures): ${what}, so the ` +
        "payment may or may not be captured; do not send the capture again: void it with " +
        `error.void() (transaction id ${timeoutVoid.transactionId}).`,
      { cause: details.cause },
    );
    this.transactionId = timeoutVoid.transactionId;
    this.paymentId = timeoutVoid.paymentId;
    this.amount = timeoutVoid.amount;
    this.httpStatus = details.httpStatus;
    this.correlationId = details.correlationId;
    this.#void = timeoutVoid;
  }

  /**
   * Sends the timeout void (`POST /pts/v2/voids`) for this capture, first waiting until the
   * client's `timeoutReversalDelayMs` (default 60 s) has passed since the capture was sent.
   * Retries on network errors and 502/503/504.
   */
  async void(options: VoidOptions = {}): Promise<VoidResult> {
    const { sentAt, delayMs, now, send } = this.#void;
    await waitAfter("voidTimedOut (POST /pts/v2/voids)", sentAt, delayMs, now, options?.signal);
    return send(options);
  }
}
