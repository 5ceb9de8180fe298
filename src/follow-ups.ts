import type { components } from "../generated/openapi.js";
import {
  authorizationReversalRequestRule,
  captureRequestRule,
  timeoutReversalRequestRule,
  type ObjectRule,
} from "../generated/rules.js";
import { JpoValidationError, TransportError } from "./errors.js";
import type { OperationName } from "./hooks.js";
import { toApiError } from "./internal/api-error.js";
import type { Call, Exchanged } from "./internal/exchange.js";
import { withRetry } from "./internal/retry.js";
import { checkRule } from "./internal/rule-validator.js";
import type { Runtime } from "./internal/runtime.js";
import { text } from "./internal/json.js";
import { wholeYen } from "./internal/yen.js";
import { captureOptions } from "./internal/capture-options.js";
import type { CaptureOptions, CaptureResult, ReversalResult, ReverseOptions } from "./outcome.js";

type Schemas = components["schemas"];

/** What a follow-up needs to know of the authorization it follows. */
export interface AuthorizationRef {
  readonly id: string;
  readonly amount: string;
  readonly code: string | undefined;
  /** The authorization's JPO options, restated at capture when known. */
  readonly options: Schemas["JapanPaymentOptions"] | undefined;
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

/** One follow-up request: checked against its spec rule, then sent with retries. */
interface FollowUp {
  readonly operation: OperationName;
  readonly path: string;
  readonly body: unknown;
  readonly rule: ObjectRule;
  readonly call: Call;
}

const reference = (code: string | undefined) =>
  code === undefined ? {} : { clientReferenceInformation: { code } };
const because = (reason: string | undefined) => (reason === undefined ? {} : { reason });

/** Captures an authorization: by default its full amount, restating its JPO options. */
export async function capture(
  rt: Runtime,
  auth: AuthorizationRef,
  options: CaptureOptions = {},
): Promise<CaptureResult> {
  const amount = wholeYen(options.amount ?? auth.amount).amount;
  const body: Schemas["CaptureRequest"] = {
    ...reference(auth.code),
    orderInformation: { amountDetails: { totalAmount: amount, currency: "JPY" } },
    ...(auth.options === undefined
      ? {}
      : { processingInformation: { japanPaymentOptions: captureOptions(auth.options) } }),
  };
  const params = { path: { id: auth.id } };
  const followUp: FollowUp = {
    operation: "capture",
    path: `/pts/v2/payments/${auth.id}/captures`,
    body,
    rule: captureRequestRule,
    call: (init) =>
      rt.api.POST("/pts/v2/payments/{id}/captures", { params, body, parseAs: "text", ...init }),
  };
  const sent = await send(rt, followUp, options.signal);
  const raw = answered<Schemas["CaptureResponse"]>(followUp, sent);
  return Object.freeze({
    status: "PENDING",
    id: text(raw.id),
    amount,
    reconciliationId: text(raw.reconciliationId),
    correlationId: sent.correlationId,
    raw,
  });
}

/** Reverses an authorization known by id, for its full amount. */
export async function reverse(
  rt: Runtime,
  auth: AuthorizationRef,
  options: ReverseOptions = {},
): Promise<ReversalResult> {
  const body: Schemas["AuthorizationReversalRequest"] = {
    ...reference(auth.code),
    reversalInformation: {
      amountDetails: { totalAmount: auth.amount, currency: "JPY" },
      ...because(options.reason),
    },
  };
  const params = { path: { id: auth.id } };
  return reversal(rt, auth.amount, options.signal, {
    operation: "reverse",
    path: `/pts/v2/payments/${auth.id}/reversals`,
    body,
    rule: authorizationReversalRequestRule,
    call: (init) =>
      rt.api.POST("/pts/v2/payments/{id}/reversals", { params, body, parseAs: "text", ...init }),
  });
}

/** Reverses an authorization whose outcome is unknown, by its transaction id. */
export async function reverseTimedOut(
  rt: Runtime,
  request: TimeoutReversalRequest,
  options: ReverseOptions = {},
): Promise<ReversalResult> {
  const amount = wholeYen(request.amount).amount;
  const currency = request.currency.toUpperCase() as "JPY";
  // Cybersource's example puts the currency in reversalInformation, its field list in
  // orderInformation; both are sent so that either reading is met (see the spec).
  const body: Schemas["TimeoutReversalRequest"] = {
    clientReferenceInformation: { transactionId: request.transactionId },
    reversalInformation: {
      amountDetails: { totalAmount: amount, currency },
      ...because(request.reason ?? options.reason),
    },
    orderInformation: { amountDetails: { currency } },
  };
  return reversal(rt, amount, options.signal, {
    operation: "reverseTimedOut",
    path: "/pts/v2/reversals",
    body,
    rule: timeoutReversalRequestRule,
    call: (init) => rt.api.POST("/pts/v2/reversals", { body, parseAs: "text", ...init }),
  });
}

async function reversal(
  rt: Runtime,
  amount: string,
  signal: AbortSignal | undefined,
  followUp: FollowUp,
): Promise<ReversalResult> {
  const sent = await send(rt, followUp, signal);
  const reason = (sent.json as { reason?: unknown } | undefined)?.reason;
  const correlationId = sent.correlationId;
  // A retried reversal answered "already reversed" means an earlier try worked.
  if (sent.httpStatus === 400 && reason === "AUTH_ALREADY_REVERSED" && sent.attempt > 1) {
    return Object.freeze({
      status: "REVERSED",
      id: undefined,
      amount,
      correlationId,
      alreadyReversed: true,
      raw: undefined,
    });
  }
  const raw = answered<Schemas["ReversalResponse"]>(followUp, sent);
  return Object.freeze({
    status: "REVERSED",
    id: text(raw.id),
    amount,
    correlationId,
    alreadyReversed: false,
    raw,
  });
}

async function send(rt: Runtime, followUp: FollowUp, signal: AbortSignal | undefined) {
  const issues = checkRule(followUp.body, followUp.rule);
  if (issues.length > 0) throw new JpoValidationError(label(followUp), issues);
  const { operation, path, body, call } = followUp;
  return withRetry(rt, label(followUp), {
    operation,
    path,
    body,
    timeoutMs: rt.timeoutMs,
    signal,
    call,
  });
}

const label = (followUp: FollowUp) => `${followUp.operation} (POST ${followUp.path})`;

/** The body of a successful answer; an error answer or an unreadable success throws. */
function answered<T>(followUp: FollowUp, sent: Exchanged): T {
  if (sent.httpStatus < 200 || sent.httpStatus > 299) throw toApiError(label(followUp), sent);
  if (typeof sent.json !== "object" || sent.json === null || Array.isArray(sent.json)) {
    const what = `HTTP ${sent.httpStatus} came without a readable body; check the payment's state before trying again`;
    throw new TransportError(label(followUp), what);
  }
  return sent.json as T;
}
