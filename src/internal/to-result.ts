import type { components } from "../../generated/openapi.js";
import { authorizationStatusValues } from "../../generated/rules.js";
import { capture, reverse, type AuthorizationRef } from "../follow-ups.js";
import {
  sealResult,
  type AuthorizationResponseBody,
  type AuthorizationResult,
  type AuthorizationStatus,
  type DefaultsApplied,
} from "../outcome.js";
import type { Exchanged } from "./exchange.js";
import type { Runtime } from "./runtime.js";
import { wholeYen } from "./yen.js";

/** What was sent, as the result needs it. */
export interface Sent {
  readonly body: components["schemas"]["JpoAuthorizationRequest"];
  readonly transactionId: string;
  readonly amount: string;
  readonly defaultsApplied: DefaultsApplied;
}

const approved = new Set<string>(["AUTHORIZED", "PARTIAL_AUTHORIZED"]);
const held = new Set<string>([
  "AUTHORIZED_PENDING_REVIEW",
  "AUTHORIZED_RISK_DECLINED",
  "PENDING_AUTHENTICATION",
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
  const raw = answer.json as AuthorizationResponseBody | undefined;
  const status = raw?.status as string | undefined;
  if (raw === undefined || !isStatus(status)) return undefined;
  const base = {
    status,
    transactionId: sent.transactionId,
    requestedAmount: sent.amount,
    currency: "JPY" as const,
    id: raw.id,
    reconciliationId: raw.reconciliationId,
    submitTimeUtc: raw.submitTimeUtc,
    correlationId: answer.correlationId,
    defaultsApplied: sent.defaultsApplied,
    raw,
  };
  if (!approved.has(status) && !held.has(status)) {
    return sealResult(
      {
        ...base,
        errorReason: raw.errorInformation?.reason,
        errorMessage: raw.errorInformation?.message,
      },
      {},
    ) as AuthorizationResult;
  }
  if (raw.id === undefined) return undefined;
  const authorizedAmount = wholeYen(
    raw.orderInformation?.amountDetails?.authorizedAmount ?? sent.amount,
  ).amount;
  const ref: AuthorizationRef = {
    id: raw.id,
    amount: authorizedAmount,
    code: sent.body.clientReferenceInformation?.code,
    options: sent.body.processingInformation.japanPaymentOptions,
  };
  const reverseIt = { reverse: (options?: object) => reverse(rt, ref, options) };
  if (held.has(status)) {
    return sealResult(
      {
        ...base,
        id: raw.id,
        errorReason: raw.errorInformation?.reason,
        errorMessage: raw.errorInformation?.message,
      },
      reverseIt,
    ) as AuthorizationResult;
  }
  const slip =
    raw.orderInformation?.invoiceDetails?.salesSlipNumber ??
    raw.processorInformation?.salesSlipNumber;
  return sealResult(
    {
      ...base,
      id: raw.id,
      approvalCode: raw.processorInformation?.approvalCode,
      authorizedAmount,
      salesSlipNumber: slip === undefined ? undefined : String(slip),
    },
    { ...reverseIt, capture: (options?: object) => capture(rt, ref, options) },
  ) as AuthorizationResult;
}

function isStatus(status: string | undefined): status is AuthorizationStatus {
  return (authorizationStatusValues as readonly (string | undefined)[]).includes(status);
}
