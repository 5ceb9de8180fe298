import type { components } from "../../generated/openapi.js";
import { refundRequestRule } from "../../generated/rules.js";
import { TransportError } from "../errors.js";
import { dig, text } from "../internal/json.js";
import { wholeYen } from "../rules/index.js";
import type { Runtime } from "../transport/index.js";
import type { AdditionalFields } from "./additional-fields.js";
import { callOptions } from "./call-options.js";
import { answered, prepare, reference, type FollowUp } from "./follow-up.js";
import { RefundOutcomeUnknownError } from "./refund-outcome-unknown-error.js";
import { pendingRefundResult } from "./sealed-follow-up.js";
import { recordResult } from "./sealed-result.js";
import { sendOnce } from "./send-once.js";
import type { CaptureRef } from "./stored-capture.js";
import { voidById, type TransactionVoidResult, type VoidByIdOptions } from "./void.js";

type Schemas = components["schemas"];

/** Options of a refund. */
export interface RefundOptions {
  /** Whole yen to give back; default the whole capture. Never more than what is left of it. */
  readonly amount?: string;
  /** The merchant reference code; default the capture's. */
  readonly code?: string;
  /** The transaction id to send (what a timeout void finds the refund by); default a new one. */
  readonly transactionId?: string;
  /** `processingInformation.refundOptions.reason`: why, in free text. */
  readonly reason?: string;
  /** Aborts the refund. Sent once: aborted after it may have left, its outcome is unknown. */
  readonly signal?: AbortSignal;
  /** Fields the SDK does not describe, merged into the body; each is reported as a warning. */
  readonly additionalFields?: AdditionalFields;
}

/** A refund, stored for voiding it later with `client.void({ kind: "refund", id })`. */
export interface StoredRefund {
  /** The refund's id. */
  readonly id: string;
  /** The amount refunded, whole yen. */
  readonly amount: string;
  /** The transaction id the refund was sent with (what `client.voidTimedOut` names). */
  readonly transactionId: string;
  /** The id of the capture (or sale) refunded. */
  readonly refundedId: string;
}

interface RefundBase {
  /** The refund's id. */
  readonly id: string | undefined;
  /** The transaction id the refund was sent with. */
  readonly transactionId: string;
  /** The amount asked for, whole yen. */
  readonly amount: string;
  /** The id of the capture (or sale) refunded. */
  readonly refundedId: string;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The response body as received. */
  readonly raw: Schemas["RefundResponse"];
}

/** An accepted refund: it settles with the next batch; until then it can be voided. */
export interface PendingRefund extends RefundBase {
  /** `PENDING`: accepted; the credit settles with the next batch. */
  readonly status: "PENDING";
  readonly id: string;
  /** The reference that appears in settlement reports. */
  readonly reconciliationId: string | undefined;
  /** Voids the refund before it settles (`POST /pts/v2/refunds/{id}/voids`). */
  void(options?: VoidByIdOptions): Promise<TransactionVoidResult>;
  /** The refund as plain JSON, for `client.void({ kind: "refund", id })` later. */
  toStoredRefund(): StoredRefund;
}

/** A refund the processor declined: nothing was given back. */
export interface DeclinedRefund extends RefundBase {
  /** `DECLINED`: the processor refused it (see `errorReason`). */
  readonly status: "DECLINED";
  /** `errorInformation.reason`. */
  readonly errorReason: string | undefined;
  /** `errorInformation.message`. */
  readonly errorMessage: string | undefined;
}

/** The outcome of a refund, discriminated by `status`. */
export type RefundResult = PendingRefund | DeclinedRefund;

/**
 * Refunds a capture (`POST /pts/v2/captures/{id}/refunds`) or a sale
 * (`POST /pts/v2/payments/{id}/refunds`). Sent once; an unknown outcome throws
 * `RefundOutcomeUnknownError`, whose `void()` sends the timeout void.
 */
export async function refund(
  rt: Runtime,
  capture: CaptureRef,
  options?: RefundOptions,
): Promise<RefundResult> {
  const path = `/pts/v2/${capture.sale ? "payments" : "captures"}/${capture.id}/refunds`;
  const call = callOptions(`refund (POST ${path})`, options, [
    ...(["amount", "code", "transactionId", "reason", "signal", "additionalFields"] as const),
  ]);
  const amount = wholeYen(call.amount ?? capture.amount).amount;
  const transactionId = call.transactionId ?? rt.newTransactionId();
  const { body, issues } = prepare(
    rt,
    {
      ...reference(call.code ?? capture.code, transactionId),
      orderInformation: { amountDetails: { totalAmount: amount, currency: "JPY" } },
      ...(call.reason === undefined
        ? {}
        : { processingInformation: { refundOptions: { reason: call.reason } } }),
    } satisfies Schemas["RefundRequest"],
    call.additionalFields,
  );
  const followUp: FollowUp = {
    operation: "refund",
    path,
    body,
    rule: refundRequestRule,
    issues,
  };
  const sent = await sendOnce(rt, followUp, {
    transactionId,
    paymentId: capture.id,
    amount,
    signal: call.signal,
    lost: (what, timeoutVoid, details) => new RefundOutcomeUnknownError(what, timeoutVoid, details),
  });
  const raw = answered<Schemas["RefundResponse"]>(followUp, sent);
  const base = {
    id: text(raw.id),
    transactionId,
    amount,
    refundedId: capture.id,
    correlationId: sent.correlationId,
    raw,
  };
  return refundResult(rt, base, raw, () => {
    const what = `HTTP ${sent.httpStatus} came with an unknown refund status or no id; check the payment's state before trying again`;
    return new TransportError(`refund (POST ${path})`, what);
  });
}

function refundResult(
  rt: Runtime,
  base: Omit<RefundBase, "status">,
  raw: Schemas["RefundResponse"],
  unreadable: () => Error,
): RefundResult {
  if (raw.status === "DECLINED") {
    return recordResult({
      ...base,
      status: "DECLINED" as const,
      errorReason: text(dig(raw, "errorInformation", "reason")),
      errorMessage: text(dig(raw, "errorInformation", "message")),
    }) as DeclinedRefund;
  }
  const id = base.id;
  if (raw.status !== "PENDING" || id === undefined) throw unreadable();
  const stored: StoredRefund = {
    id,
    amount: base.amount,
    transactionId: base.transactionId,
    refundedId: base.refundedId,
  };
  return pendingRefundResult(
    { ...base, id, status: "PENDING" as const, reconciliationId: text(raw.reconciliationId) },
    {
      void: (options?: VoidByIdOptions) => voidById(rt, { kind: "refund", id }, options),
      toStoredRefund: () => ({ ...stored }),
    },
  ) as PendingRefund;
}
