import type { components } from "../../generated/openapi.js";
import { captureRequestRule } from "../../generated/rules.js";
import { text } from "../internal/json.js";
import { wholeYen } from "../rules/index.js";
import type { Runtime } from "../transport/index.js";
import { callOptions } from "./call-options.js";
import { captureOptions } from "./capture-options.js";
import { answered, reference, type AuthorizationRef, type FollowUp } from "./follow-up.js";
import { sendOnce } from "./send-once.js";

type Schemas = components["schemas"];

/** Options of a capture. */
export interface CaptureOptions {
  /** Whole yen to capture; default the authorized amount. */
  readonly amount?: string;
  /**
   * Aborts the capture. A capture is sent once: aborted after it may have left, its outcome is
   * unknown (`CaptureOutcomeUnknownError`).
   */
  readonly signal?: AbortSignal;
}

/** The outcome of a capture. */
export interface CaptureResult {
  /** `PENDING`: accepted; it settles with Cybersource's next batch. */
  readonly status: "PENDING";
  /** The capture's id. */
  readonly id: string | undefined;
  /** The amount captured, whole yen. */
  readonly amount: string;
  /** The reference that appears in Cybersource's settlement reports. */
  readonly reconciliationId: string | undefined;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The response body as received. */
  readonly raw: Schemas["CaptureResponse"];
}

/**
 * Captures an authorization: by default its full amount, restating its JPO options. Sent once;
 * an unknown outcome throws `CaptureOutcomeUnknownError` (see `send-once.ts`).
 */
export async function capture(
  rt: Runtime,
  auth: AuthorizationRef,
  options?: CaptureOptions,
): Promise<CaptureResult> {
  const label = `capture (POST /pts/v2/payments/${auth.id}/captures)`;
  const { amount: requested, signal } = callOptions(label, options, ["amount", "signal"]);
  const amount = wholeYen(requested ?? auth.amount).amount;
  const transactionId = rt.newTransactionId();
  const body: Schemas["CaptureRequest"] = {
    ...reference(auth.code, transactionId),
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
  const sent = await sendOnce(rt, followUp, { transactionId, paymentId: auth.id, amount, signal });
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
