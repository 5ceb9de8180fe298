import type { components } from "../generated/openapi.js";
import { JpoValidationError, TransportError } from "./errors.js";
import { toApiError } from "./internal/api-error.js";
import { exchange, ExchangeFailure, type Exchanged } from "./internal/exchange.js";
import type { Runtime } from "./internal/runtime.js";
import { nextTokyoMonth } from "./internal/yen.js";
import { normalizeAuthorization, validateJpoAuthorization } from "./jpo-rules.js";
import { AuthorizationOutcomeUnknownError } from "./outcome-unknown-error.js";
import type { AuthorizationResult, DefaultsApplied } from "./outcome.js";
import { toResult, type Sent } from "./internal/to-result.js";
import { reverseTimedOut } from "./follow-ups.js";
import type { JpoAuthorizationRequest } from "./request-types.js";

type Wire = components["schemas"]["JpoAuthorizationRequest"];
const label = "authorize (POST /pts/v2/payments)";

/** Options of one `authorize` call. */
export interface AuthorizeOptions {
  /** Aborts the request. Once it may have been sent, the outcome is unknown (see the error). */
  readonly signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
}

/** Validates, fills defaults, signs, sends and interprets one authorization. Never retries. */
export async function authorize(
  rt: Runtime,
  request: JpoAuthorizationRequest,
  options: AuthorizeOptions = {},
): Promise<AuthorizationResult> {
  const now = rt.now();
  const issues = validateJpoAuthorization(request, {
    relaxedRequirements: rt.relaxedRequirements,
    now: () => now,
  });
  if (issues.length > 0) throw new JpoValidationError(label, issues);
  if (options.signal?.aborted) {
    throw new TransportError(label, "aborted by the caller's signal before anything was sent", {
      cause: options.signal.reason,
    });
  }
  const { body, defaultsApplied } = withDefaults(
    rt,
    normalizeAuthorization(request).body as Wire,
    now,
  );
  const sent: Sent = {
    body,
    transactionId: body.clientReferenceInformation?.transactionId ?? "",
    amount: body.orderInformation.amountDetails.totalAmount,
    defaultsApplied,
  };
  const unknown = (
    what: string,
    details: ConstructorParameters<typeof AuthorizationOutcomeUnknownError>[2],
  ) =>
    new AuthorizationOutcomeUnknownError(
      what,
      {
        transactionId: sent.transactionId,
        amount: sent.amount,
        currency: "JPY",
        sentAt: now,
        delayMs: rt.timeoutReversalDelayMs,
        now: rt.now,
        send: (reverseOptions) =>
          reverseTimedOut(
            rt,
            {
              transactionId: sent.transactionId,
              amount: sent.amount,
              currency: "JPY",
              ...(reverseOptions.reason === undefined ? {} : { reason: reverseOptions.reason }),
            },
            reverseOptions,
          ),
      },
      details,
    );
  const timeoutMs = options.timeoutMs ?? rt.timeoutMs;
  let answer: Exchanged;
  try {
    answer = await exchange(rt, {
      operation: "authorize",
      path: "/pts/v2/payments",
      body,
      attempt: 1,
      timeoutMs,
      signal: options.signal,
      call: (init) => rt.api.POST("/pts/v2/payments", { body, parseAs: "text", ...init }),
    });
  } catch (error) {
    if (!(error instanceof ExchangeFailure)) throw error;
    const what = {
      timeout: `no response within ${timeoutMs} ms`,
      aborted: "the request was aborted after it was sent",
      network: "the connection failed",
    }[error.kind];
    throw unknown(what, { cause: error.cause });
  }
  const { httpStatus, correlationId } = answer;
  if (httpStatus >= 500) {
    throw unknown(`Cybersource answered HTTP ${httpStatus}`, {
      httpStatus,
      correlationId,
      cause: toApiError(label, answer),
    });
  }
  if (httpStatus >= 300) throw toApiError(label, answer);
  const result = answer.unreadable ? undefined : toResult(rt, sent, answer);
  if (result === undefined) {
    throw unknown(`the HTTP ${httpStatus} response could not be read`, {
      httpStatus,
      correlationId,
    });
  }
  return result;
}

/** The body to send: a transaction id, and the first billing month where the method takes one. */
function withDefaults(
  rt: Runtime,
  body: Wire,
  now: Date,
): { body: Wire; defaultsApplied: DefaultsApplied } {
  const defaults: { transactionId?: string; firstBillingMonth?: string } = {};
  const reference = { ...body.clientReferenceInformation };
  if (reference.transactionId === undefined)
    reference.transactionId = defaults.transactionId = rt.newTransactionId();
  const options = { ...body.processingInformation.japanPaymentOptions };
  if ("installments" in options && options.firstBillingMonth === undefined) {
    options.firstBillingMonth = defaults.firstBillingMonth = nextTokyoMonth(now);
  }
  return {
    body: {
      ...body,
      clientReferenceInformation: reference,
      processingInformation: { ...body.processingInformation, japanPaymentOptions: options },
    },
    defaultsApplied: defaults,
  };
}
