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
import { sendOnce } from "./send-once.js";

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
  });
  const raw = answered<Schemas["CaptureResponse"]>(followUp, sent);
  const status = raw.status;
  if (status !== "PENDING" && status !== "TRANSMITTED") {
    const what = `HTTP ${sent.httpStatus} came with an unknown capture status; check the payment's state before trying again`;
    throw new TransportError(`capture (POST ${followUp.path})`, what);
  }
  return Object.freeze({
    status,
    id: text(raw.id),
    amount,
    reconciliationId: text(raw.reconciliationId),
    correlationId: sent.correlationId,
    raw,
  });
}
