import type { components } from "../../generated/openapi.js";
import { jpoAuthorizationRequestRule, type ObjectRule } from "../../generated/rules.js";
import { JpoValidationError, TransportError, type ValidationIssue } from "../errors.js";
import { reverseTimedOut } from "./timeout-reversal.js";
import type { ReverseOptions } from "./reverse.js";
import { exchange, type Runtime, toApiError } from "../transport/index.js";
import { checkRule, inspectAuthorization } from "../rules/index.js";
import { mergeAdditional, withPartner, type AdditionalFields } from "./additional-fields.js";
import { toResult, type Sent } from "./authorization-result.js";
import { AuthorizationOutcomeUnknownError } from "./outcome-unknown-error.js";
import type { AuthorizationResult, DefaultsApplied } from "./authorization-outcome.js";
import type { JpoAuthorizationRequest, TmsAuthorizationRequest } from "./request-types.js";
import { callOptions, type CallOptions } from "./call-options.js";
import { lostAnswer } from "./send-once.js";
import { requireVerifiedToken } from "./verify-token.js";
import { rememberRequest, type AuthenticatedRequest } from "./authentication.js";

type Wire = components["schemas"]["JpoAuthorizationRequest"];
const label = "authorize (POST /pts/v2/payments)";
const referenceRule = jpoAuthorizationRequestRule.properties[
  "clientReferenceInformation"
] as ObjectRule;

/** Options of one `authorize` call. */
export interface AuthorizeOptions {
  /** Aborts the request. Once it may have been sent, the outcome is unknown (see the error). */
  readonly signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
  /**
   * Fields the SDK does not describe yet (e.g. `installmentInformation` or
   * `riskInformation`), merged into the body after validation, then signed and redacted with it. Each added
   * field is reported as a warning; replacing a described field is an error.
   */
  readonly additionalFields?: AdditionalFields;
  /**
   * The capture context the request's transient token was made under. Required for a transient
   * token when the client has `verifyTransientTokens: true`; the token is then verified against
   * it before sending.
   */
  readonly captureContext?: string;
}

const allowed = ["signal", "timeoutMs", "additionalFields", "captureContext"] as const;

/** Validates, fills defaults, signs, sends and interprets one authorization. Never retries. */
export async function authorize(
  rt: Runtime,
  request: JpoAuthorizationRequest | TmsAuthorizationRequest,
  given?: AuthorizeOptions,
): Promise<AuthorizationResult> {
  return authorizeWith(rt, request, callOptions(label, given, allowed), "authorize");
}

/**
 * {@link authorize} with its options already read (`completeAuthentication` reads its own), sent
 * as `operation` for hooks and logs.
 */
export async function authorizeWith(
  rt: Runtime,
  request: JpoAuthorizationRequest | TmsAuthorizationRequest,
  options: CallOptions,
  operation: "authorize" | "completeAuthentication",
): Promise<AuthorizationResult> {
  const now = rt.now();
  const { body, issues } = inspectAuthorization(request, {
    relaxedRequirements: rt.relaxedRequirements,
    now: () => now,
  });
  const errors = (list: readonly ValidationIssue[]) => list.filter((i) => i.severity === "error");
  if (errors(issues).length > 0) throw new JpoValidationError(label, issues);
  if (rt.verifyTransientTokens === true) {
    await requireVerifiedToken(label, body, options.captureContext, now);
  }
  if (options.signal?.aborted) {
    throw new TransportError(label, "aborted by the caller's signal before anything was sent", {
      cause: options.signal.reason,
    });
  }
  const defaulted = withDefaults(rt, body as Wire);
  const reference = checkDefaults(rt, defaulted);
  const extra = mergeAdditional(defaulted.body, options.additionalFields);
  if (reference.length + errors(extra.issues).length > 0) {
    throw new JpoValidationError(label, [...reference, ...extra.issues]);
  }
  const warnings = [...issues, ...extra.issues].filter((i) => i.severity === "warning");
  const sent: Sent = { ...defaulted, body: extra.body, warnings };
  const answer = await send(rt, sent, now, options, operation);
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
  if (result.status === "PENDING_AUTHENTICATION")
    rememberRequest(result, body as AuthenticatedRequest);
  return result;
}

/** Sends the authorization once; a failure after it may have left is an unknown outcome. */
async function send(
  rt: Runtime,
  sent: Sent,
  now: Date,
  options: CallOptions,
  operation: "authorize" | "completeAuthentication",
) {
  const timeoutMs = options.timeoutMs ?? rt.timeoutMs;
  const { body } = sent;
  try {
    return await exchange(rt, {
      operation,
      path: "/pts/v2/payments",
      body,
      attempt: 1,
      timeoutMs,
      signal: options.signal,
      warnings: sent.warnings,
    });
  } catch (error) {
    const { what, details } = lostAnswer(error, timeoutMs);
    throw outcomeUnknown(rt, sent, now, what, details);
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
    send: (options: ReverseOptions) =>
      reverseTimedOut(rt, { transactionId, amount, currency: "JPY" }, options),
  };
  return new AuthorizationOutcomeUnknownError(what, reversal, details);
}

/**
 * The errors in what the defaults added after validation: a generated transaction id and the
 * client's partner come from options, so each is checked against its own rule.
 */
function checkDefaults(rt: Runtime, defaulted: Omit<Sent, "warnings">): ValidationIssue[] {
  const reference = defaulted.body.clientReferenceInformation;
  const added = [
    ...(defaulted.defaultsApplied.transactionId === undefined ? [] : ["transactionId"]),
    ...(rt.partner === undefined ? [] : ["partner"]),
  ];
  return added.flatMap((name) =>
    checkRule(reference?.[name as "partner"], referenceRule.properties[name]!, {
      at: `clientReferenceInformation.${name}`,
    }).filter((issue) => issue.severity === "error"),
  );
}

/**
 * The body to send: a transaction id when the caller gave none, and the client's partner. The
 * first billing month is not filled in: Cybersource sets it to the month after the transaction
 * date on its own clock (REST field reference processing-info-japan-payment-ops-first-billing-mo).
 */
function withDefaults(rt: Runtime, body: Wire): Omit<Sent, "warnings"> {
  const defaults: { transactionId?: string } = {};
  const reference = { ...body.clientReferenceInformation };
  if (reference.transactionId === undefined) {
    reference.transactionId = defaults.transactionId = rt.newTransactionId();
  }
  const wire: Wire = withPartner(rt, { ...body, clientReferenceInformation: reference });
  const defaultsApplied: DefaultsApplied = defaults;
  return {
    body: wire,
    transactionId: reference.transactionId,
    amount: wire.orderInformation.amountDetails.totalAmount,
    defaultsApplied,
  };
}
