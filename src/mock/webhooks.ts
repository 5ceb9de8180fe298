import { createHmac, randomUUID } from "node:crypto";
import type { MockStore } from "./store.js";

/** A subscription the mock posts notifications to. */
export interface MockWebhookOptions {
  /** The receiver's URL (http or https). */
  readonly url: string;
  /** The digital signature key: `secret` base64, as Cybersource issues it. */
  readonly key: {
    /** The key id, sent as `keyId` in `v-c-signature`. */
    readonly keyId: string;
    /** The key, base64. */
    readonly secret: string;
  };
  /**
   * What the HMAC covers: `"timestamp.body"` (default) or `"body"`. Cybersource's page does not
   * say which, so the mock can send either (see `verifyWebhook`'s `signedContent`).
   */
  readonly signedContent?: "timestamp.body" | "body";
}

/** One attempt to deliver a notification. Never holds the signature or the key. */
export interface MockWebhookDelivery {
  /** The subscription's URL. */
  readonly url: string;
  /** The notification's id, the same on each retry. */
  readonly notificationId: string;
  /** E.g. `payments.authorized`. */
  readonly eventType: string;
  /** 1 for the first try; retries count on. */
  readonly attempt: number;
  /** The receiver's HTTP status, or `undefined` when the connection failed. */
  readonly status: number | undefined;
  /** The notification body as sent. */
  readonly body: string;
}

type Snapshot = {
  readonly authorizations: number;
  readonly captures: number;
  readonly reversals: number;
};

/**
 * Posts signed notifications for what the mock's state machine does (`payments.authorized`,
 * `payments.capture.status.accepted`, `payments.reversals.accepted`), retrying a non-2xx answer or
 * a failed connection after each of `retryDelaysMs` (Cybersource's default retry policy as a
 * subscription shows it: ARITHMETIC, first retry after 1 minute, every 1 minute, 3 retries).
 */
export class WebhookSender {
  readonly deliveries: MockWebhookDelivery[] = [];
  readonly #pending = new Set<Promise<void>>();
  readonly #waits = new Map<NodeJS.Timeout, () => void>();
  #closed = false;

  constructor(
    private readonly subscriptions: readonly MockWebhookOptions[],
    private readonly retryDelaysMs: readonly number[],
    private readonly now: () => Date,
    private readonly organizationId: string,
  ) {}

  /** Counts the store's records, before an operation. */
  snapshot(store: MockStore): Snapshot {
    return store.counts();
  }

  /** Notifies every subscription of what changed in `store` since `before`. */
  notify(before: Snapshot, store: MockStore): void {
    if (this.subscriptions.length === 0) return;
    const events = [
      ...store.authorizations
        .slice(before.authorizations)
        .filter((a) => a.status !== "DECLINED")
        .map(
          (a) =>
            [
              "payments.authorized",
              {
                id: a.id,
                transactionId: a.transactionId,
                amount: a.authorizedAmount,
                status: a.status,
              },
            ] as const,
        ),
      ...store.captures
        .slice(before.captures)
        .map((c) => ["payments.capture.status.accepted", c] as const),
      ...store.reversals
        .slice(before.reversals)
        .map((r) => ["payments.reversals.accepted", r] as const),
    ];
    for (const [eventType, data] of events) {
      for (const subscription of this.subscriptions)
        this.#track(this.#send(subscription, eventType, data));
    }
  }

  /** Resolves once every delivery in flight, retries included, has finished. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  /** Cancels the retries still waiting. */
  close(): void {
    this.#closed = true;
    for (const [timer, resolve] of this.#waits) {
      clearTimeout(timer);
      resolve();
    }
    this.#waits.clear();
  }

  #track(promise: Promise<void>): void {
    this.#pending.add(promise);
    void promise.finally(() => this.#pending.delete(promise));
  }

  async #send(subscription: MockWebhookOptions, eventType: string, data: unknown): Promise<void> {
    const notificationId = randomUUID();
    const body = JSON.stringify({
      notificationId,
      retryNumber: 0,
      eventType,
      eventDate: this.now().toISOString(),
      webhookId: `mock-webhook-${subscription.key.keyId}`,
      payload: { data, organizationId: this.organizationId },
    });
    for (let attempt = 1; ; attempt++) {
      const status = await this.#post(subscription, body);
      this.deliveries.push(
        Object.freeze({ url: subscription.url, notificationId, eventType, attempt, status, body }),
      );
      const delay = this.retryDelaysMs[attempt - 1];
      if ((status !== undefined && status >= 200 && status < 300) || delay === undefined) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.#waits.delete(timer);
          resolve();
        }, delay);
        this.#waits.set(timer, resolve);
      });
      if (this.#closed) return;
    }
  }

  async #post(subscription: MockWebhookOptions, body: string): Promise<number | undefined> {
    const t = String(this.now().getTime());
    const signed = subscription.signedContent === "body" ? body : `${t}.${body}`;
    const sig = createHmac("sha256", Buffer.from(subscription.key.secret, "base64"))
      .update(signed, "utf8")
      .digest("base64");
    try {
      const response = await fetch(subscription.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "v-c-signature": `t=${t};keyId=${subscription.key.keyId};sig=${sig}`,
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return undefined;
    }
  }
}
