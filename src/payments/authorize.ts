import type { components } from "../../generated/openapi.js";
import { jpoAuthorizationRequestRule } from "../../generated/rules.js";
import { JpoValidationError, TransportError } from "../errors.js";
import { reverseTimedOut } from "./timeout-reversal.js";
import { exchange, ExchangeFailure, type Runtime, toApiError } from "../transport/index.js";
import { checkRule, inspectAuthorization, nextTokyoMonth } from "../rules/index.js";
import { toResult, type Sent } from "./authorization-result.js";
import { AuthorizationOutcomeUnknownError } from "./outcome-unknown-error.js";
import type { AuthorizationResult, DefaultsApplied } from "./authorization-outcome.js";
import type { JpoAuthorizationRequest, TmsAuthorizationRequest } from "./request-types.js";
import { requireVerifiedToken } from "./verify-token.js";

type Wire = components["schemas"]["JpoAuthorizationRequest"];
const label = "authorize (POST /pts/v2/payments)";
const referenceRule = jpoAuthorizationRequestRule.properties["clientReferenceInformation"]!;

/** Options of one `authorize` call. */
export interface AuthorizeOptions {
  /** Aborts the request. Once it may have been sent, the outcome is unknown (see the error). */
  readonly signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
  /**
   * The capture context the request's transient token was made under. Required for a transient
   * token when the client has `verifyTransientTokens: true`; the token is then verified against
   * it before sending.
   */
  readonly captureContext?: string;
}

/** Validates, fills defaults, signs, sends and interprets one authorization. Never retries. */
export async function authorize(
  rt: Runtime,
  request: JpoAuthorizationRequest | TmsAuthorizationRequest,
  options: AuthorizeOptions = {},
): Promise<AuthorizationResult> {
  const now = rt.now();
  const { body, issues } = inspectAuthorization(request, {
    relaxedRequirements: rt.relaxedRequirements,
    now: () => now,
  });
  const errors = issues.filter((issue) => issue.severity !== "warning");
  if (errors.length > 0) throw new JpoValidationError(label, errors);
  const warnings = issues.filter((issue) => issue.severity === "warning");
  if (rt.verifyTransientTokens === true) {
    await requireVerifiedToken(label, body, options.captureContext, now);
  }
  if (options.signal?.aborted) {
    throw new TransportError(label, "aborted by the caller's signal before anything was sent", {
      cause: options.signal.reason,
    });
  }
  const sent = { ...withDefaults(rt, body as Wire, now), warnings };
  // A generated transaction id comes from an option (newTransactionId): check it too.
  const reference = checkRule(sent.body.clientReferenceInformation, referenceRule).map((issue) => ({
    ...issue,
    path: `clientReferenceInformation.${issue.path}`,
  }));
  if (reference.length > 0) throw new JpoValidationError(label, reference);
  const answer = await send(rt, sent, now, options);
  const { httpStatus, correlationId } = answer;
  if (httpStatus >= 500) {
    const cause = toApiError(label, answer);
    throw outcomeUnknown(rt, sent, now, `Cybersource answered HTTP ${httpStatus}`, {
      httpStatus,
      correlationId,
      cause,
    });
  }
  if (httpStatus >= 300) throw toApiError(label, answer);
  const result = answer.unreadable ? undefined : toResult(rt, sent, answer);
  if (result === undefined) {
    const what = `the HTTP ${httpStatus} response could not be interpreted`;
    throw outcomeUnknown(rt, sent, now, what, { httpStatus, correlationId });
  }
  return result;
}

/** Sends the authorization once; a failure after it may have left is an unknown outcome. */
async function send(rt: Runtime, sent: Sent, now: Date, options: AuthorizeOptions) {
  const timeoutMs = options.timeoutMs ?? rt.timeoutMs;
  const { body } = sent;
  try {
    return await exchange(rt, {
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
    throw outcomeUnknown(rt, sent, now, what, { cause: error.cause });
  }
}

function outcomeUnknown(
  rt: Runtime,
  sent: Sent,
  sentAt: Date,
  what: string,
  details: ConstructorParameters<typeof AuthorizationOutcomeUnknownError>[2],
): AuthorizationOutcomeUnknownError {
  const { transactionId, amount } = sent;
  const reversal = {
    transactionId,
    amount,
    currency: "JPY" as const,
    sentAt,
    delayMs: rt.timeoutReversalDelayMs,
    now: rt.now,
    send: (options: { reason?: string; signal?: AbortSignal }) =>
      reverseTimedOut(rt, { transactionId, amount, currency: "JPY" }, options),
  };
  return new AuthorizationOutcomeUnknownError(what, reversal, details);
}

/** The body to send: a transaction id, and the first billing month where the method takes one. */
function withDefaults(rt: Runtime, body: Wire, now: Date): Sent {
  const defaults: { transactionId?: string; firstBillingMonth?: string } = {};
  const reference = { ...body.clientReferenceInformation };
  if (reference.transactionId === undefined) {
    reference.transactionId = defaults.transactionId = rt.newTransactionId();
  }
  const options = { ...body.processingInformation.japanPaymentOptions };
  if ("installments" in options && options.firstBillingMonth === undefined) {
    options.firstBillingMonth = defaults.firstBillingMonth = nextTokyoMonth(now);
  }
  const wire: Wire = {
    ...body,
    clientReferenceInformation: reference,
    processingInformation: { ...body.processingInformation, japanPaymentOptions: options },
  };
  const defaultsApplied: DefaultsApplied = defaults;
  return {
    body: wire,
    transactionId: reference.transactionId,
    amount: wire.orderInformation.amountDetails.totalAmount,
    defaultsApplied,
  };
}
