// Webhooks: verifying Cybersource's signed notifications (`v-c-signature`, HMAC-SHA256 with the
// merchant's digital signature keys), refusing stale and replayed ones, decrypting MLE payloads,
// and the typed events a JPO merchant subscribes to. This file is the folder's one way in. It
// uses auth only through auth/index.ts, and Web Crypto only.
export { verifyWebhook, type VerifyWebhookOptions, type WebhookKey } from "./verify.js";
export { WebhookVerificationError, type WebhookFailureReason } from "./webhook-error.js";
export {
  paymentEventTypes,
  type PaymentEventType,
  type WebhookEvent,
  type WebhookEventType,
} from "./events.js";
export { signWebhook, type SignedContent } from "./signature.js";
