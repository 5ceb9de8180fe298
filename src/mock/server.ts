import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { MockContext } from "./context.js";
import { answerCors } from "./cors.js";
import { dispatch } from "./dispatch.js";
import { IdSource } from "./ids.js";
import { resolveOptions, type MockCybersourceOptions } from "./options.js";
import type {
  MockAuthorization,
  MockCapture,
  MockRefund,
  MockReversal,
  MockVoid,
} from "./records.js";
import { HeldReplies } from "./send.js";
import type { MockRequestRecord } from "./journal.js";
import { MockStore } from "./store.js";
import { WebhookSender, type MockWebhookDelivery } from "./webhooks.js";
import { answerBrowser } from "./tokens/browser.js";
import { MockFlex, type CardFields } from "./tokens/flex.js";
import { MockVault, type MockTmsTokens } from "./tokens/vault.js";
import { MockChallenges } from "./three-d-secure/challenges.js";
import { answerCardinal } from "./three-d-secure/pages.js";

/** What `mock.settle()` moved to `SETTLED`. */
export interface MockSettlement {
  /** How many captures were settled. */
  readonly captures: number;
  /** How many refunds were settled. */
  readonly refunds: number;
}

/** A running mock Cybersource server. */
export interface MockCybersource {
  /** Base URL, e.g. `http://127.0.0.1:53817`; use it as the client's base URL. */
  readonly url: string;
  /** Every authorization processed so far (approved or declined), oldest first. */
  readonly authorizations: readonly MockAuthorization[];
  /** Every capture, including those of `capture: true` authorizations. */
  readonly captures: readonly MockCapture[];
  /** Every reversal, by id or by transaction id. */
  readonly reversals: readonly MockReversal[];
  /** Every refund, oldest first, with its state (`PENDING`, `SETTLED`, `VOIDED`). */
  readonly refunds: readonly MockRefund[];
  /** Every void of a capture or refund, by id or by transaction id (timeout void), oldest first. */
  readonly voids: readonly MockVoid[];
  /**
   * Does what Cybersource's batch does: every `PENDING` capture and refund is sent to the
   * processor and becomes `SETTLED`, after which a void is refused (`NOT_VOIDABLE`) and a refund
   * is the way back. Out of process: `POST {url}/mock/settle`. Returns how many were settled.
   */
  settle(): MockSettlement;
  /** Every attempt to deliver a webhook notification, retries included, oldest first. */
  readonly webhookDeliveries: readonly MockWebhookDelivery[];
  /** Resolves once every webhook delivery in flight, retries included, has finished. */
  webhooksSettled(): Promise<void>;
  /**
   * Every request received, oldest first: operation, method, path, status, the body as received
   * with card data masked, the notes (what Cybersource would ignore or truncate; also sent in the
   * `x-mock-notes` response header as a JSON array) and when.
   */
  readonly requests: readonly MockRequestRecord[];
  /**
   * Tokenizes a card in-process, as Flex Microform would in the buyer's browser, and returns the
   * transient token JWT (valid 15 minutes, signed with its capture context's key). Any card
   * network is accepted here; the authorization applies the JPO rules.
   */
  createTransientToken(card: CardFields): string;
  /**
   * Stores a card in the mock's TMS, as a purchase outside JPO would have (any card network), and
   * returns its customer, payment instrument and instrument identifier token ids.
   */
  createTmsTokens(card: CardFields): MockTmsTokens;
  /**
   * Does in-process what the cardholder does on the step-up page: passes or fails the 3-D
   * Secure challenge of `authenticationTransactionId` (from a `PENDING_AUTHENTICATION` answer).
   * Some test cards end the same way whatever is chosen (see `authenticationScenarios`).
   */
  completeChallenge(authenticationTransactionId: string, result: "pass" | "fail"): void;
  /** Stops listening, drops held slow replies and closes every connection, keep-alive too. */
  close(): Promise<void>;
}

/**
 * Starts an in-process mock of Cybersource's JPO payment API on a loopback port. It verifies
 * HTTP Signature and JWT authentication, validates bodies against the spec, applies the JPO
 * rules, keeps the state of authorizations, captures and reversals, and answers scenarios chosen
 * by amount (see `mockScenarios`).
 *
 * @example
 * ```ts
 * import { startMockCybersource } from "cybersource-jpo/mock";
 *
 * const mock = await startMockCybersource({ merchantId: "test_merchant", keyId, sharedSecret });
 * try {
 *   // point the client at mock.url, authorize 1001 yen -> DECLINED / INSUFFICIENT_FUND
 *   console.log(mock.authorizations.map((a) => [a.amount, a.state]));
 * } finally {
 *   await mock.close();
 * }
 * ```
 */
export async function startMockCybersource(
  options: MockCybersourceOptions,
): Promise<MockCybersource> {
  const resolved = await resolveOptions(options);
  const webhooks = new WebhookSender(
    resolved.webhooks,
    resolved.webhookRetryDelaysMs,
    resolved.now,
    resolved.merchantId,
  );
  const flex = new MockFlex();
  const store = new MockStore();
  const context: MockContext = {
    options: resolved,
    store,
    ids: new IdSource(),
    webhooks,
    flex,
    vault: new MockVault(),
    challenges: new MockChallenges(),
  };
  const held = new HeldReplies();
  const server = createServer((request, response) => {
    if (resolved.cors && answerCors(request, response)) return;
    if (answerBrowser(context, request, response)) return;
    if (answerCardinal(context, request, response)) return;
    dispatch(context, held, request, response).catch(() => response.destroy());
  });
  await listen(server, resolved.port, resolved.host);
  const { port } = server.address() as AddressInfo;
  const host = resolved.host.includes(":") ? `[${resolved.host}]` : resolved.host;
  flex.url = `http://${host}:${port}`;
  return {
    url: flex.url,
    createTransientToken: (card: CardFields) => flex.createTransientToken(card, resolved.now()),
    createTmsTokens: (card: CardFields) => context.vault.store(card),
    completeChallenge: (id: string, result: "pass" | "fail") =>
      context.challenges.complete(id, result),
    get authorizations() {
      return context.store.authorizations;
    },
    get captures() {
      return context.store.captures;
    },
    get reversals() {
      return context.store.reversals;
    },
    get requests() {
      return context.store.requests;
    },
    get voids() {
      return context.store.voids;
    },
    get refunds() {
      return context.store.refunds;
    },
    settle: () => context.store.settle(),
    get webhookDeliveries() {
      return [...webhooks.deliveries];
    },
    webhooksSettled: () => webhooks.settled(),
    close: () => {
      webhooks.close();
      return close(server, held);
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function close(server: Server, held: HeldReplies): Promise<void> {
  held.clear();
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeAllConnections();
  });
}
