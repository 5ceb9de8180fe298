// A Cloudflare Worker: POST /checkout authorizes a JPO installment payment (分割払い) and captures
// it. When the outcome of an authorization is unknown, it queues the timeout reversal with a 60 s
// delay (Cybersource's waiting time) on a Cloudflare Queue, whose consumer, queue() below, sends
// it. A Worker cannot simply wait: waitUntil() gives it at most 30 s after the response.
//
// Bindings (wrangler.jsonc): CYBERSOURCE_ENVIRONMENT and TIMEOUT_REVERSAL_DELAY_SECONDS as vars,
// CYBERSOURCE_MERCHANT_ID, CYBERSOURCE_KEY_ID and CYBERSOURCE_SHARED_SECRET as secrets
// (`wrangler secret put ...`), and the queue TIMEOUT_REVERSALS.
import {
  AuthorizationOutcomeUnknownError,
  createJpoClient,
  isCybersourceJpoError,
  JpoValidationError,
  jwtAuth,
  type AuthorizationResult,
  type JpoAuthorizationRequest,
  type JpoClient,
} from "cybersource-jpo";

/** What queue() needs to reverse a lost authorization. */
interface TimeoutReversal {
  transactionId: string;
  amount: string;
}

// The parts of the Workers runtime this Worker uses, so that it type-checks without
// @cloudflare/workers-types (which declares them fully).
interface Queue<Body> {
  send(body: Body, options?: { delaySeconds?: number }): Promise<void>;
}
interface MessageBatch<Body> {
  readonly messages: readonly { readonly body: Body; ack(): void; retry(): void }[];
}

interface Env {
  CYBERSOURCE_ENVIRONMENT: string;
  CYBERSOURCE_MERCHANT_ID: string;
  CYBERSOURCE_KEY_ID: string;
  CYBERSOURCE_SHARED_SECRET: string;
  TIMEOUT_REVERSAL_DELAY_SECONDS?: string;
  TIMEOUT_REVERSALS: Queue<TimeoutReversal>;
}

/** What the shop's front end posts. */
interface CheckoutBody {
  amount: string;
  installments: string;
  card: { number: string; expirationMonth: string; expirationYear: string };
  billTo: JpoAuthorizationRequest["orderInformation"]["billTo"];
}

// One client per isolate and environment: its key is imported once.
const clients = new WeakMap<Env, JpoClient>();
function clientFor(env: Env): JpoClient {
  let client = clients.get(env);
  if (client === undefined) {
    const { CYBERSOURCE_MERCHANT_ID: merchantId, CYBERSOURCE_KEY_ID: keyId } = env;
    client = createJpoClient({
      environment: env.CYBERSOURCE_ENVIRONMENT,
      auth: jwtAuth({ merchantId, keyId, sharedSecret: env.CYBERSOURCE_SHARED_SECRET }),
    });
    clients.set(env, client);
  }
  return client;
}

function toRequest(order: CheckoutBody): JpoAuthorizationRequest {
  return {
    orderInformation: {
      amountDetails: { totalAmount: order.amount, currency: "JPY" },
      billTo: order.billTo,
    },
    paymentInformation: { card: { ...order.card, type: "001" } },
    processingInformation: {
      japanPaymentOptions: {
        paymentMethod: "61",
        installments: order.installments,
        businessName: "我社",
        businessNameKatakana: "ワガシャ",
        businessNameAlphaNumeric: "OurStore",
      },
    },
  };
}

async function answer(result: AuthorizationResult): Promise<Response> {
  const ids = { transactionId: result.transactionId, paymentId: result.id };
  if (result.status === "AUTHORIZED") {
    const capture = await result.capture();
    return Response.json({ status: "PAID", ...ids, amount: capture.amount });
  }
  // Anything else approved but not capturable is released; see examples/handle-every-outcome.ts.
  if ("reverse" in result) await result.reverse({ reason: result.status });
  const reason = "errorReason" in result ? result.errorReason : undefined;
  return Response.json(
    { status: "DECLINED", reason: reason ?? result.status, ...ids },
    { status: 402 },
  );
}

async function checkout(request: Request, env: Env): Promise<Response> {
  const order = (await request.json().catch(() => null)) as CheckoutBody | null;
  if (typeof order !== "object" || order === null) {
    return Response.json({ status: "BAD_REQUEST" }, { status: 400 });
  }
  try {
    return await answer(await clientFor(env).authorize(toRequest(order)));
  } catch (error) {
    if (error instanceof JpoValidationError) {
      return Response.json({ status: "INVALID", issues: error.issues }, { status: 422 });
    }
    if (error instanceof AuthorizationOutcomeUnknownError) {
      // Never retry an authorization: reverse it after Cybersource's waiting time.
      const { transactionId, amount } = error;
      const delaySeconds = Number(env.TIMEOUT_REVERSAL_DELAY_SECONDS ?? 60);
      await env.TIMEOUT_REVERSALS.send({ transactionId, amount }, { delaySeconds });
      return Response.json({ status: "UNKNOWN", transactionId }, { status: 503 });
    }
    if (!isCybersourceJpoError(error)) throw error;
    return Response.json({ status: "ERROR", code: error.code }, { status: 502 });
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === "POST" && pathname === "/checkout") return checkout(request, env);
    return Response.json({ status: "NOT_FOUND" }, { status: 404 });
  },

  /** The consumer of TIMEOUT_REVERSALS: sends each timeout reversal, retrying failures. */
  async queue(batch: MessageBatch<TimeoutReversal>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      const { transactionId, amount } = message.body;
      try {
        const reversal = await clientFor(env).reverseTimedOut({
          transactionId,
          amount,
          currency: "JPY",
          reason: "authorization outcome unknown",
        });
        console.log(`timeout reversal of ${transactionId}: ${reversal.status}`);
        message.ack();
      } catch (error) {
        console.error(`timeout reversal of ${transactionId} failed: ${String(error)}`);
        message.retry();
      }
    }
  },
};
