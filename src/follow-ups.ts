import type { components } from "../generated/openapi.js";
import {
  authorizationReversalRequestRule,
  captureRequestRule,
  timeoutReversalRequestRule,
  type ObjectRule,
} from "../generated/rules.js";
import { JpoValidationError } from "./errors.js";
import { toApiError } from "./internal/api-error.js";
import type { Call } from "./internal/exchange.js";
import { withRetry } from "./internal/retry.js";
import { checkRule } from "./internal/rule-validator.js";
import type { Runtime } from "./internal/runtime.js";
import { wholeYen } from "./internal/yen.js";
import type { OperationName } from "./hooks.js";
import type { CaptureOptions, CaptureResult, ReversalResult, ReverseOptions } from "./outcome.js";

type Schemas = components["schemas"];

/** What a follow-up needs to know of the authorization it follows. */
export interface AuthorizationRef {
  readonly id: string;
  readonly amount: string;
  readonly code: string | undefined;
  readonly options: Schemas["JapanPaymentOptions"];
}

/** Options of `client.reverseTimedOut`. */
export interface TimeoutReversalRequest {
  /** The `clientReferenceInformation.transactionId` the authorization was sent with. */
  readonly transactionId: string;
  /** The amount that was requested, whole yen. */
  readonly amount: string;
  /** `JPY`, in any case. */
  readonly currency: string;
  /** A short reason kept with the reversal. */
  readonly reason?: string;
}

/** Captures an authorization: by default its full amount, restating its JPO options. */
export async function capture(rt: Runtime, auth: AuthorizationRef, options: CaptureOptions = {}) {
  const amount = wholeYen(options.amount ?? auth.amount).amount;
  const body: Schemas["CaptureRequest"] = {
    ...(auth.code === undefined ? {} : { clientReferenceInformation: { code: auth.code } }),
    orderInformation: { amountDetails: { totalAmount: amount, currency: "JPY" } },
    processingInformation: { japanPaymentOptions: captureOptions(auth.options) },
  };
  const path = `/pts/v2/payments/${auth.id}/captures`;
  const label = `capture (POST ${path})`;
  const sent = await send(
    rt,
    "capture",
    label,
    path,
    body,
    captureRequestRule,
    options.signal,
    (init) =>
      rt.api.POST("/pts/v2/payments/{id}/captures", {
        params: { path: { id: auth.id } },
        body,
        parseAs: "text",
        ...init,
      }),
  );
  if (sent.httpStatus < 200 || sent.httpStatus > 299 || sent.unreadable)
    throw toApiError(label, sent);
  const raw = sent.json as Schemas["CaptureResponse"];
  const result: CaptureResult = {
    status: "PENDING",
    id: raw.id,
    amount,
    reconciliationId: raw.reconciliationId,
    correlationId: sent.correlationId,
    raw,
  };
  return Object.freeze(result);
}

/** Reverses an authorization known by id, for its full amount. */
export async function reverse(rt: Runtime, auth: AuthorizationRef, options: ReverseOptions = {}) {
  const body: Schemas["AuthorizationReversalRequest"] = {
    ...(auth.code === undefined ? {} : { clientReferenceInformation: { code: auth.code } }),
    reversalInformation: {
      amountDetails: { totalAmount: auth.amount, currency: "JPY" },
      ...(options.reason === undefined ? {} : { reason: options.reason }),
    },
  };
  const path = `/pts/v2/payments/${auth.id}/reversals`;
  const label = `reverse (POST ${path})`;
  const call: Call = (init) =>
    rt.api.POST("/pts/v2/payments/{id}/reversals", {
      params: { path: { id: auth.id } },
      body,
      parseAs: "text",
      ...init,
    });
  return reversal(
    rt,
    "reverse",
    label,
    path,
    body,
    authorizationReversalRequestRule,
    auth.amount,
    options,
    call,
  );
}

/** Reverses an authorization whose outcome is unknown, by its transaction id. */
export async function reverseTimedOut(
  rt: Runtime,
  request: TimeoutReversalRequest,
  options: ReverseOptions = {},
) {
  const amount = wholeYen(request.amount).amount;
  const currency = request.currency.toUpperCase() as "JPY";
  // Cybersource's example puts the currency in reversalInformation, its field list in
  // orderInformation; both are sent so that either reading is met (see the spec).
  const body: Schemas["TimeoutReversalRequest"] = {
    clientReferenceInformation: { transactionId: request.transactionId },
    reversalInformation: {
      amountDetails: { totalAmount: amount, currency },
      ...(request.reason === undefined ? {} : { reason: request.reason }),
    },
    orderInformation: { amountDetails: { currency } },
  };
  const path = "/pts/v2/reversals";
  const label = `reverseTimedOut (POST ${path})`;
  const call: Call = (init) => rt.api.POST("/pts/v2/reversals", { body, parseAs: "text", ...init });
  const merged = {
    ...options,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
  };
  return reversal(
    rt,
    "reverseTimedOut",
    label,
    path,
    body,
    timeoutReversalRequestRule,
    amount,
    merged,
    call,
  );
}

async function reversal(
  rt: Runtime,
  operation: OperationName,
  label: string,
  path: string,
  body: unknown,
  rule: ObjectRule,
  amount: string,
  options: ReverseOptions,
  call: Call,
): Promise<ReversalResult> {
  const sent = await send(rt, operation, label, path, body, rule, options.signal, call);
  const reason = (sent.json as { reason?: unknown } | undefined)?.reason;
  // A retried reversal answered "already reversed" means an earlier try worked.
  if (sent.httpStatus === 400 && reason === "AUTH_ALREADY_REVERSED" && sent.attempt > 1) {
    return Object.freeze({
      status: "REVERSED",
      id: undefined,
      amount,
      correlationId: sent.correlationId,
      alreadyReversed: true,
      raw: undefined,
    });
  }
  if (sent.httpStatus < 200 || sent.httpStatus > 299 || sent.unreadable)
    throw toApiError(label, sent);
  const raw = sent.json as Schemas["ReversalResponse"];
  return Object.freeze({
    status: "REVERSED",
    id: raw.id,
    amount,
    correlationId: sent.correlationId,
    alreadyReversed: false,
    raw,
  });
}

async function send(
  rt: Runtime,
  operation: OperationName,
  label: string,
  path: string,
  body: unknown,
  rule: ObjectRule,
  signal: AbortSignal | undefined,
  call: Call,
) {
  const issues = checkRule(body, rule);
  if (issues.length > 0) throw new JpoValidationError(label, issues);
  return withRetry(rt, label, { operation, path, body, timeoutMs: rt.timeoutMs, signal, call });
}

/** The capture's JPO options: the authorization's, in the capture model's flat bonus form. */
function captureOptions(options: Schemas["JapanPaymentOptions"]): Schemas["JapanCaptureOptions"] {
  const restated: Schemas["JapanCaptureOptions"] = { paymentMethod: options.paymentMethod };
  if ("installments" in options) restated.installments = options.installments;
  if ("firstBillingMonth" in options && options.firstBillingMonth !== undefined) {
    restated.firstBillingMonth = options.firstBillingMonth;
  }
  const bonuses = "bonuses" in options ? (options.bonuses ?? []) : [];
  const [first, second] = bonuses;
  if (first !== undefined && bonuses.length <= 2) {
    restated.bonuses = bonuses.length === 2 ? "2" : "1";
    restated.bonusMonth = first.month;
    restated.bonusAmount = first.amount;
    if (second !== undefined) {
      restated.secondBonusMonth = second.month;
      restated.secondBonusAmount = second.amount;
    }
  }
  return restated;
}
