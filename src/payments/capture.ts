import type { components } from "../../generated/openapi.js";
import { captureRequestRule } from "../../generated/rules.js";
import { text } from "../internal/json.js";
import { wholeYen } from "../rules/index.js";
import type { Runtime } from "../transport/index.js";
import { TransportError } from "../errors.js";
import type { AdditionalFields } from "./additional-fields.js";
import { callOptions } from "./call-options.js";
import { captureOptions } from "./capture-options.js";
import { answered, prepare, reference, type AuthorizationRef, type FollowUp } from "./follow-up.js";
import { CaptureOutcomeUnknownError } from "./capture-outcome-unknown-error.js";
import { refund, type RefundOptions, type RefundResult } from "./refund.js";
import { captureResult } from "./sealed-follow-up.js";
import { sendOnce } from "./send-once.js";
import type { StoredCapture } from "./stored-capture.js";
import { voidById, type TransactionVoidResult, type VoidByIdOptions } from "./void.js";

type Schemas = components["schemas"];

/** A capture's `status`, as Cybersource answers it. */
export type CaptureStatus = NonNullable<Schemas["CaptureResponse"]["status"]>;

/** Options of a capture. */
export interface CaptureOptions {
  /** Whole yen to capture; default the authorized amount. */
  readonly amount?: string;
  /**
   * Aborts the capture. A capture is sent once: aborted after it may have left, its outcome is
   * unknown (`CaptureOutcomeUnknownError`).
   */
  readonly signal?: AbortSignal;
  /** Fields the SDK does not describe, merged into the body; each is reported as a warning. */
  readonly additionalFields?: AdditionalFields;
}

/** The outcome of a capture. */
export interface CaptureResult {
  /**
   * `PENDING`: accepted; it settles with Cybersource's next batch. `TRANSMITTED`: sent to the
   * processor at once (merchants enabled for online capture).
   */
  readonly status: CaptureStatus;
  /** The capture's id. */
  readonly id: string;
  /** The `clientReferenceInformation.transactionId` the capture was sent with. */
  readonly transactionId: string;
  /** The amount captured, whole yen. */
  readonly amount: string;
  /** The reference that appears in Cybersource's settlement reports. */
  readonly reconciliationId: string | undefined;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The response body as received. */
  readonly raw: Schemas["CaptureResponse"];
  /**
   * Refunds the capture, by default in full (`POST /pts/v2/captures/{id}/refunds`). Sent once;
   * an unknown outcome throws `RefundOutcomeUnknownError`.
   */
  refund(options?: RefundOptions): Promise<RefundResult>;
  /** Voids the capture before it settles (`POST /pts/v2/captures/{id}/voids`). */
  void(options?: VoidByIdOptions): Promise<TransactionVoidResult>;
  /** The capture as plain JSON, for `client.refund` or `client.void` later. */
  toStoredCapture(): StoredCapture;
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
  const call = callOptions(label, options, ["amount", "signal", "additionalFields"]);
  const amount = wholeYen(call.amount ?? auth.amount).amount;
  const transactionId = rt.newTransactionId();
  // Cybersource needs the JPO data again at capture (REST field reference: "required for
  // authorization and capture"), in the capture model's own shape.
  const jpo = captureOptions(auth.options);
  const { body, issues } = prepare(
    rt,
    {
      ...reference(auth.code, transactionId),
      orderInformation: { amountDetails: { totalAmount: amount, currency: "JPY" } },
      ...(jpo.restated === undefined
        ? {}
        : { processingInformation: { japanPaymentOptions: jpo.restated } }),
    } satisfies Schemas["CaptureRequest"],
    call.additionalFields,
  );
  const followUp: FollowUp = {
    operation: "capture",
    path: `/pts/v2/payments/${auth.id}/captures`,
    body,
    rule: captureRequestRule,
    issues: [...jpo.issues, ...issues],
  };
  const sent = await sendOnce(rt, followUp, {
    transactionId,
    paymentId: auth.id,
    amount,
    signal: call.signal,
    lost: (what, timeoutVoid, details) =>
      new CaptureOutcomeUnknownError(what, timeoutVoid, details),
  });
  const raw = answered<Schemas["CaptureResponse"]>(followUp, sent);
  const status = raw.status;
  const id = text(raw.id);
  if ((status !== "PENDING" && status !== "TRANSMITTED") || id === undefined) {
    const what = `HTTP ${sent.httpStatus} came with an unknown capture status or no id; check the payment's state before trying again`;
    throw new TransportError(`capture (POST ${followUp.path})`, what);
  }
  const stored: StoredCapture = {
    id,
    amount,
    currency: "JPY",
    ...(auth.code === undefined ? {} : { code: auth.code }),
    transactionId,
  };
  const ref = { id, amount, code: auth.code, sale: false };
  return captureResult(
    {
      status,
      id,
      transactionId,
      amount,
      reconciliationId: text(raw.reconciliationId),
      correlationId: sent.correlationId,
      raw,
    },
    {
      refund: (options?: RefundOptions) => refund(rt, ref, options),
      void: (options?: VoidByIdOptions) =>
        voidById(rt, { kind: "capture", id }, options, auth.code),
      toStoredCapture: () => ({ ...stored }),
    },
  ) as CaptureResult;
}
