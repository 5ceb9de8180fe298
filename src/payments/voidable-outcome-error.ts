import { CybersourceJpoError } from "../errors.js";
import type { VoidOptions, VoidResult } from "./timeout-void.js";
import { waitAfter } from "./wait.js";

/** What the timeout void of a capture or a refund needs, and how it is sent. */
export interface TimeoutVoid {
  readonly transactionId: string;
  readonly paymentId: string;
  readonly amount: string;
  /** When the capture or the refund was sent. */
  readonly sentAt: Date;
  /** How long after `sentAt` to wait before voiding (the client's `timeoutReversalDelayMs`). */
  readonly delayMs: number;
  readonly now: () => Date;
  readonly send: (options: VoidOptions) => Promise<VoidResult>;
}

/** What an unknown outcome knows beyond its timeout void: the answer that came, if any. */
export interface OutcomeDetails {
  readonly httpStatus?: number | undefined;
  readonly correlationId?: string | undefined;
  readonly cause?: unknown;
}

/**
 * A capture or refund whose outcome is unknown ({@link CaptureOutcomeUnknownError},
 * {@link RefundOutcomeUnknownError}): it was sent once and is never sent again; its `void()`
 * sends Cybersource's timeout void by the transaction id it was sent with.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof VoidableOutcomeError) await error.void();
 * }
 * ```
 */
export abstract class VoidableOutcomeError extends CybersourceJpoError {
  /** The `clientReferenceInformation.transactionId` sent with the request. */
  readonly transactionId: string;
  /** The amount sent, whole yen. */
  readonly amount: string;
  /** The HTTP status, when an answer came but could not be used. */
  readonly httpStatus: number | undefined;
  /** Cybersource's `v-c-correlation-id`, when there was a response. */
  readonly correlationId: string | undefined;
  readonly #void: TimeoutVoid;

  protected constructor(
    code: string,
    message: string,
    timeoutVoid: TimeoutVoid,
    details: OutcomeDetails,
  ) {
    super(code, message, { cause: details.cause });
    this.transactionId = timeoutVoid.transactionId;
    this.amount = timeoutVoid.amount;
    this.httpStatus = details.httpStatus;
    this.correlationId = details.correlationId;
    this.#void = timeoutVoid;
  }

  /**
   * Sends the timeout void (`POST /pts/v2/voids`), first waiting until the client's
   * `timeoutReversalDelayMs` (default 60 s) has passed since the request was sent. Retries on
   * network errors and 502/503/504.
   */
  async void(options: VoidOptions = {}): Promise<VoidResult> {
    const { sentAt, delayMs, now, send } = this.#void;
    await waitAfter("voidTimedOut (POST /pts/v2/voids)", sentAt, delayMs, now, options?.signal);
    return send(options);
  }
}
