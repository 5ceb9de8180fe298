// The merchant side of the checkout, on the SDK alone: a capture context for the card field,
// 3-D Secure device data collection set up for the buyer's transient token, the authorization
// with CONSUMER_AUTHENTICATION, and, after a challenge, its completion. The card number never
// reaches this code: only the transient token does, and it is kept here, never sent back.
import type { JapanPaymentOptions, JpoClient, PendingAuthentication } from "cybersource-jpo";
import { deviceInformation, type Caller } from "./device.js";
import { japanPaymentOptions, orderRequest, type Choice } from "./order.js";
import { resultView, type CheckoutView } from "./view.js";

interface Order {
  readonly transientToken: string;
  readonly captureContext: string;
  readonly referenceId: string;
}

interface Challenge {
  readonly orderId: string;
  readonly captureContext: string;
  readonly pending: PendingAuthentication;
  /** The payment option, as checked when the order was paid. */
  readonly jpo: JapanPaymentOptions;
}

/** One shop's payments in progress, in memory. */
export class CheckoutPayments {
  readonly #client: JpoClient;
  /** Capture contexts this server issued: a token is accepted only under one of them. */
  readonly #issued = new Set<string>();
  readonly #orders = new Map<string, Order>();
  readonly #challenges = new Map<string, Challenge>();

  constructor(client: JpoClient) {
    this.#client = client;
  }

  /** A capture context for the card field on a page at `origin`. */
  async captureContext(
    origin: string,
  ): Promise<{ captureContext: string; clientLibrary?: string }> {
    // allowedCardNetworks defaults to ["VISA"]: JPO takes Visa cards only.
    const context = await this.#client.createCaptureContext({ targetOrigins: [origin] });
    this.#issued.add(context.captureContext);
    return {
      captureContext: context.captureContext,
      ...(context.clientLibrary === undefined ? {} : { clientLibrary: context.clientLibrary }),
    };
  }

  /** Device data collection for the buyer's token; the order id names the payment from now on. */
  async setup(transientToken: string, captureContext: string) {
    if (!this.#issued.has(captureContext))
      return { status: "ERROR", reason: "UNKNOWN_CAPTURE_CONTEXT" };
    const setup = await this.#client.setupPayerAuthentication({
      tokenInformation: { transientTokenJwt: transientToken },
    });
    const orderId = crypto.randomUUID();
    this.#orders.set(orderId, { transientToken, captureContext, referenceId: setup.referenceId });
    const { deviceDataCollectionUrl, accessToken } = setup;
    return { status: "READY", orderId, deviceDataCollectionUrl, accessToken };
  }

  /** Authorizes the order with CONSUMER_AUTHENTICATION: a result, or a challenge to show. */
  async pay(orderId: string, choice: Choice, browser: unknown, caller: Caller) {
    const order = this.#orders.get(orderId);
    const jpo = japanPaymentOptions(choice);
    if (order === undefined) return { status: "ERROR", reason: "UNKNOWN_ORDER" };
    if (typeof jpo === "string") return { status: "ERROR", reason: "PAYMENT_OPTION", message: jpo };
    this.#orders.delete(orderId);
    const base = orderRequest(order.transientToken, jpo);
    const request = {
      ...base,
      processingInformation: {
        ...base.processingInformation,
        actionList: ["CONSUMER_AUTHENTICATION" as const],
      },
      consumerAuthenticationInformation: {
        referenceId: order.referenceId,
        returnUrl: `${caller.origin}/3ds/return`,
      },
      deviceInformation: deviceInformation(browser, caller),
    };
    const { captureContext } = order;
    const result = await this.#client.authorize(request, { captureContext });
    if (result.status !== "PENDING_AUTHENTICATION") return resultView(result, jpo);
    const id = result.stepUp.authenticationTransactionId;
    this.#challenges.set(id, { orderId, captureContext, pending: result, jpo });
    const stepUp = { url: result.stepUp.url, accessToken: result.stepUp.accessToken, md: orderId };
    return { ...resultView(result, jpo), stepUp };
  }

  /** After the challenge (the step-up posts `TransactionId` and `MD` to the return URL). */
  async complete(transactionId: string, md: string): Promise<CheckoutView> {
    const challenge = this.#challenges.get(transactionId);
    if (challenge === undefined || challenge.orderId !== md) {
      return { status: "ERROR", reason: "UNKNOWN_CHALLENGE" };
    }
    this.#challenges.delete(transactionId);
    const result = await this.#client.completeAuthentication(challenge.pending, {
      captureContext: challenge.captureContext,
    });
    return resultView(result, challenge.jpo);
  }
}
