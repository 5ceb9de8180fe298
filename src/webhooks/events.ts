/**
 * The payment notifications a JPO merchant subscribes to, as Cybersource names them. Only the two
 * Decision Manager names appear in Cybersource's table of products and event types
 * (webhooks/wh-fg-intro/wh-fg-product-event-types.html); the `payments.*` card names are taken
 * from a merchant's subscription as Cybersource returned it (community.developer.cybersource.com,
 * thread 94722) and `payments.reversals.accepted` follows the eCheck pattern
 * (`payments.voids.accepted`): those are UNVERIFIED against Cybersource's own documentation.
 */
export const paymentEventTypes = [
  "payments.authorized",
  "payments.capture.status.accepted",
  "payments.capture.status.updated",
  "payments.settlement.status.completed",
  "payments.settlement.status.updated",
  "payments.reversals.accepted",
  "risk.casemanagement.decision.accept",
  "risk.casemanagement.decision.reject",
] as const;

/** One of {@link paymentEventTypes}. */
export type PaymentEventType = (typeof paymentEventTypes)[number];

/** An event type: a known payment one, or any other string Cybersource sends. */
export type WebhookEventType = PaymentEventType | (string & {});

/** A verified notification. */
export interface WebhookEvent {
  /** E.g. `payments.authorized`. */
  readonly eventType: WebhookEventType;
  /** When the event happened, as Cybersource wrote it (ISO 8601). */
  readonly eventDate: string | undefined;
  /** The subscription that sent it. */
  readonly webhookId: string | undefined;
  /** The notification's id: the same on every retry of one notification. */
  readonly notificationId: string | undefined;
  /** The event's data, decrypted when it came encrypted. */
  readonly payload: unknown;
}
