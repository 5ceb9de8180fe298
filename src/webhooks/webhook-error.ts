import { CybersourceJpoError } from "../errors.js";

/** Why a notification was refused; stable strings for `switch`. */
export type WebhookFailureReason =
  /** No `v-c-signature` header, or one that is not `t=...;keyId=...;sig=...`. */
  | "SIGNATURE_HEADER_INVALID"
  /** The header's `keyId` is none of the keys given. */
  | "UNKNOWN_KEY"
  /** The HMAC does not match: the body or header was changed, or the key is wrong. */
  | "SIGNATURE_MISMATCH"
  /** `t` is further from `now` than `toleranceSeconds`. */
  | "STALE_TIMESTAMP"
  /** `isReplay` said this notification was already received. */
  | "REPLAYED"
  /** The body is not a JSON notification with an `eventType`. */
  | "PAYLOAD_INVALID"
  /** An encrypted payload could not be decrypted (or no `decryptionKey` was given). */
  | "DECRYPTION_FAILED";

/**
 * A webhook notification failed verification; answer it with a 4xx and do not act on it. Code
 * `WEBHOOK_VERIFICATION_FAILED`; `reason` says which check failed. The message never contains the
 * signature, the key or the body.
 */
export class WebhookVerificationError extends CybersourceJpoError {
  /** Which check failed. */
  readonly reason: WebhookFailureReason;

  constructor(reason: WebhookFailureReason, what: string, options?: { cause?: unknown }) {
    super("WEBHOOK_VERIFICATION_FAILED", `verifyWebhook: ${what} (${reason}).`, options);
    this.reason = reason;
  }
}
