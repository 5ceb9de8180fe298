import type { components } from "../../generated/openapi.js";
import type { ValidationIssue } from "../errors.js";
import { storedOptions } from "./capture-options.js";
import type { StoredAuthorization } from "./stored-authorization.js";
import { authorizationStatusValues } from "../../generated/rules.js";
import { capture } from "./capture.js";
import type { AuthorizationRef } from "./follow-up.js";
import { reverse } from "./reverse.js";
import { approvedResult, heldResult, recordResult } from "./sealed-result.js";
import type {
  AuthorizationResponseBody,
  AuthorizationResult,
  AuthorizationStatus,
  DefaultsApplied,
} from "./authorization-outcome.js";
import { redactedJson, type Exchanged, type Runtime } from "../transport/index.js";
import { dig, isPaymentId, text } from "../internal/json.js";
import { wholeYen } from "../rules/index.js";
import { createdTokens } from "./tokens.js";
import { readAuthentication, readStepUp } from "./authentication.js";

/** What was sent, as the result needs it. */
export interface Sent {
  readonly body: components["schemas"]["JpoAuthorizationRequest"];
  readonly transactionId: string;
  readonly amount: string;
  readonly defaultsApplied: DefaultsApplied;
  /** The validator's warnings about the request sent. */
  readonly warnings: readonly ValidationIssue[];
}

const approved = new Set<string>(["AUTHORIZED", "PARTIAL_AUTHORIZED"]);
const held = new Set<string>([
  "AUTHORIZED_PENDING_REVIEW",
  "AUTHORIZED_RISK_DECLINED",
  "PENDING_REVIEW",
]);

/**
 * The typed result of an authorization response, or `undefined` when the response cannot be
 * interpreted safely (an unknown status, or an authorization without an id): the caller then
 * treats the outcome as unknown.
 */
export function toResult(
  rt: Runtime,
  sent: Sent,
  answer: Exchanged,
): AuthorizationResult | undefined {
  const status = text(dig(answer.json, "status"));
  if (!isStatus(status)) return undefined;
  // Everything exposed is read from a redacted copy (a server may echo card data anywhere),
  // except the two identifiers a follow-up and a settlement report need exactly.
  const raw = redactedJson(answer) as AuthorizationResponseBody;
  const base = {
    status,
    transactionId: sent.transactionId,
    requestedAmount: sent.amount,
    currency: "JPY" as const,
    id: text(dig(answer.json, "id")),
    reconciliationId: text(dig(answer.json, "reconciliationId")),
    submitTimeUtc: text(raw.submitTimeUtc),
    correlationId: answer.correlationId,
    defaultsApplied: sent.defaultsApplied,
    warnings: sent.warnings,
    tokens: createdTokens(raw),
    authentication: readAuthentication(raw),
    raw,
  };
  const why = {
    errorReason: text(dig(raw, "errorInformation", "reason")),
    errorMessage: text(dig(raw, "errorInformation", "message")),
  };
  if (status === "PENDING_AUTHENTICATION") {
    // Nothing is held; without the step-up the cardholder cannot go on: treat it as unknown.
    const stepUp = readStepUp(answer.json);
    if (stepUp === undefined) return undefined;
    return recordResult({ ...base, ...why, status, stepUp }) as AuthorizationResult;
  }
  if (!approved.has(status) && !held.has(status)) {
    return recordResult({ ...base, ...why }) as AuthorizationResult;
  }
  // Funds may be held: without a usable id and amount the caller could not release them.
  const id = base.id;
  const authorized = dig(raw, "orderInformation", "amountDetails", "authorizedAmount");
  // Without the amount approved, a partial approval cannot be captured or reversed rightly.
  if (authorized === undefined ? status === "PARTIAL_AUTHORIZED" : typeof authorized !== "string") {
    return undefined;
  }
  const authorizedAmount = wholeYen(text(authorized) ?? sent.amount).amount;
  if (!isPaymentId(id) || !possibleApproval(authorizedAmount, sent.amount)) {
    return undefined;
  }
  const ref: AuthorizationRef = {
    id,
    amount: authorizedAmount,
    code: sent.body.clientReferenceInformation?.code,
    options: sent.body.processingInformation.japanPaymentOptions,
  };
  const reverseIt = {
    reverse: (options?: object) => reverse(rt, ref, options),
    toStoredAuthorization: () => stored(sent, ref),
  };
  if (held.has(status))
    return heldResult({ ...base, id, ...why }, reverseIt) as AuthorizationResult;
  const slip =
    dig(raw, "orderInformation", "invoiceDetails", "salesSlipNumber") ??
    dig(raw, "processorInformation", "salesSlipNumber");
  return approvedResult(
    {
      ...base,
      id,
      approvalCode: text(dig(raw, "processorInformation", "approvalCode")),
      authorizedAmount,
      salesSlipNumber:
        typeof slip === "string" || typeof slip === "number" ? String(slip) : undefined,
    },
    reverseIt,
    (options?: object) => capture(rt, ref, options),
  ) as AuthorizationResult;
}

/**
 * Whether an approved amount can be true: whole yen, more than 0, and not above the request. Anything else is an answer that cannot be trusted,
 * and so an unknown outcome: capturing it would take a wrong amount.
 */
function possibleApproval(authorized: string, requested: string): boolean {
  if (!/^\d{1,12}$/u.test(authorized) || !/^\d{1,12}$/u.test(requested)) return false;
  const [approvedYen, requestedYen] = [Number(authorized), Number(requested)];
  // 0 approved is only possible for a 0-yen request (an account check), never for a payment.
  return approvedYen <= requestedYen && (approvedYen > 0 || requestedYen === 0);
}

/** What `client.capture` / `client.reverse` need later, as plain JSON. */
function stored(sent: Sent, ref: AuthorizationRef): StoredAuthorization {
  const japanPaymentOptions = storedOptions(ref.options);
  return {
    id: ref.id,
    amount: ref.amount,
    currency: "JPY",
    ...(ref.code === undefined ? {} : { code: ref.code }),
    transactionId: sent.transactionId,
    ...(japanPaymentOptions === undefined ? {} : { japanPaymentOptions }),
  };
}

function isStatus(status: string | undefined): status is AuthorizationStatus {
  return (authorizationStatusValues as readonly (string | undefined)[]).includes(status);
}
