// A checkout route on plain node:http. POST /checkout authorizes a JPO payment and answers JSON;
// an approved payment is captured at once, as a shop that delivers at once would do.
//
//   CYBERSOURCE_ENVIRONMENT   "test" (default), "production", or a base URL such as the mock's
//   CYBERSOURCE_MERCHANT_ID, CYBERSOURCE_KEY_ID, CYBERSOURCE_SHARED_SECRET
//   CYBERSOURCE_TIMEOUT_REVERSAL_DELAY_MS   default 60000, as Cybersource asks; the mock needs none
//   PORT (default 3000), HOST (default 127.0.0.1)
//
// This route receives card numbers, which puts the server in PCI DSS scope. The SDK never puts a
// card number, CVV or secret in an error message, and redact() masks them for your own logs.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  AuthorizationOutcomeUnknownError,
  createJpoClient,
  isCybersourceJpoError,
  JpoValidationError,
  jwtAuth,
  type AuthorizationResult,
  type JapanPaymentOptions,
  type JpoAuthorizationRequest,
} from "cybersource-jpo";

/** What the shop's front end posts. `plan` is e.g. `{ paymentMethod: "61", installments: "12" }`. */
interface CheckoutBody {
  orderId: string;
  amount: string;
  plan: { paymentMethod: string; installments?: string };
  card: { number: string; expirationMonth: string; expirationYear: string; securityCode?: string };
  billTo: JpoAuthorizationRequest["orderInformation"]["billTo"];
}

type Reply = readonly [status: number, body: Record<string, unknown>];

/** The names on the cardholder's statement: kanji, katakana, and ASCII. */
const BUSINESS_NAMES = {
  businessName: "我社",
  businessNameKatakana: "ワガシャ",
  businessNameAlphaNumeric: "OurStore",
};

const env = process.env;
const client = createJpoClient({
  environment: env["CYBERSOURCE_ENVIRONMENT"] ?? "test",
  // JWT with the shared secret key (HS256); HTTP Signature is deprecated since September 2026.
  auth: jwtAuth({
    merchantId: required("CYBERSOURCE_MERCHANT_ID"),
    keyId: required("CYBERSOURCE_KEY_ID"),
    sharedSecret: required("CYBERSOURCE_SHARED_SECRET"),
  }),
  timeoutReversalDelayMs: Number(env["CYBERSOURCE_TIMEOUT_REVERSAL_DELAY_MS"] ?? 60_000),
});

function required(name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The authorization request. The SDK validates every field before sending, all at once. */
function toRequest(order: CheckoutBody): JpoAuthorizationRequest {
  return {
    clientReferenceInformation: { code: order.orderId },
    orderInformation: {
      amountDetails: { totalAmount: order.amount, currency: "JPY" },
      billTo: order.billTo,
    },
    paymentInformation: { card: { ...order.card, type: "001" } },
    processingInformation: {
      // Untrusted input: authorize() rejects a wrong combination (e.g. "80" with installments).
      japanPaymentOptions: { ...order.plan, ...BUSINESS_NAMES } as JapanPaymentOptions,
    },
  };
}

async function checkout(order: CheckoutBody): Promise<Reply> {
  try {
    return await settle(await client.authorize(toRequest(order)));
  } catch (error) {
    return failure(error);
  }
}

/** Turns every authorization status into the shop's answer. */
async function settle(result: AuthorizationResult): Promise<Reply> {
  const ids = { orderTransactionId: result.transactionId, paymentId: result.id };
  switch (result.status) {
    case "AUTHORIZED": {
      const capture = await result.capture();
      return [200, { status: "PAID", ...ids, amount: capture.amount }];
    }
    case "PARTIAL_AUTHORIZED":
      // This shop takes no part payments: release what was approved.
      await result.reverse();
      return [402, { status: "DECLINED", reason: "PARTIAL_AUTHORIZED", ...ids }];
    case "AUTHORIZED_PENDING_REVIEW":
    case "PENDING_REVIEW":
      return [202, { status: "IN_REVIEW", ...ids }];
    case "AUTHORIZED_RISK_DECLINED":
      await result.reverse();
      return [402, { status: "DECLINED", reason: result.status, ...ids }];
    case "PENDING_AUTHENTICATION":
      // This shop does not ask for 3-D Secure, so Cybersource never answers this; nothing is held.
      return [402, { status: "DECLINED", reason: result.status, ...ids }];
    case "DECLINED":
    case "INVALID_REQUEST":
      return [402, { status: "DECLINED", reason: result.errorReason ?? result.status, ...ids }];
  }
}

function failure(error: unknown): Reply {
  if (error instanceof JpoValidationError) {
    return [422, { status: "INVALID", issues: error.issues }];
  }
  if (error instanceof AuthorizationOutcomeUnknownError) {
    // Never retry an authorization: reverse it once Cybersource's waiting time has passed. A job
    // queue that survives restarts is safer than this in-process promise.
    const { transactionId } = error;
    error.reverse().then(
      (reversal) => console.log(`timeout reversal of ${transactionId}: ${reversal.status}`),
      (cause: unknown) => console.error(`timeout reversal of ${transactionId} failed:`, cause),
    );
    return [503, { status: "UNKNOWN", code: error.code, orderTransactionId: transactionId }];
  }
  if (isCybersourceJpoError(error)) {
    return [502, { status: "ERROR", code: error.code, message: error.message }];
  }
  throw error;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let text = "";
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 64_000) throw new SyntaxError("body too large");
  }
  return JSON.parse(text);
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = ([status, body]: Reply): void => {
    response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  };
  if (request.method !== "POST" || request.url !== "/checkout") {
    return send([404, { status: "NOT_FOUND" }]);
  }
  const body = await readJson(request).catch(() => undefined);
  if (typeof body !== "object" || body === null) {
    return send([400, { status: "BAD_REQUEST", message: "send a JSON object" }]);
  }
  send(await checkout(body as CheckoutBody));
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    response.writeHead(500).end();
  });
});
server.listen(Number(env["PORT"] ?? 3000), env["HOST"] ?? "127.0.0.1", () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(`checkout listening on http://${address}:${port}/checkout`);
});
process.once("SIGTERM", () => server.close());
