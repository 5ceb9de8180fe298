import type { ApiCall, MockContext } from "./context.js";
import { deliverFollowUp } from "./follow-up-scenario.js";
import { followUpTarget, refuseAmount } from "./follow-up.js";
import { submitTimeUtc } from "./ids.js";
import type { MockCapture } from "./records.js";
import { intake, withNotes } from "./intake.js";
import { fieldsRejected, halReply, type Reply } from "./reply.js";
import type { CaptureRequest, CaptureResponse } from "./wire.js";

/**
 * `POST /pts/v2/payments/{id}/captures`: captures an approved authorization, in full or in
 * part, once. The authorization becomes `CAPTURED`; the capture is `PENDING` until
 * `mock.settle()`. The transport scenarios (5001, 5002, 5065, 5201) apply after recording it.
 */
export function capture(context: MockContext, call: ApiCall): Reply {
  const taken = intake(context, "CaptureRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const request = taken.body as CaptureRequest;
  return withNotes(captureChecked(context, call, request), taken.notes);
}

function captureChecked(context: MockContext, call: ApiCall, request: CaptureRequest): Reply {
  const target = followUpTarget(context.store.findById(call.id ?? ""), "capture", call.at);
  if (!target.ok) return target.reply;
  const { authorization } = target;
  const jpo = request.processingInformation?.japanPaymentOptions;
  // "Required for authorization and capture requests" for every method but 10 (REST field
  // reference processing-info-japan-payment-ops-payment-method). The reply shape is inferred.
  if (authorization.paymentMethod !== "10" && jpo?.paymentMethod === undefined) {
    const field = "processingInformation.japanPaymentOptions.paymentMethod";
    return fieldsRejected([{ field, reason: "MISSING_FIELD" }], call.at);
  }
  const { totalAmount, currency } = request.orderInformation.amountDetails;
  if (Number(totalAmount) > Number(authorization.authorizedAmount)) {
    return refuseAmount(
      "EXCEEDS_AUTH_AMOUNT",
      "Declined - The capture amount exceeds the authorized amount",
      "orderInformation.amountDetails.totalAmount",
      call.at,
    );
  }
  const record = addCapture(context, call.at, {
    authorizationId: authorization.id,
    amount: totalAmount,
    currency,
    code: request.clientReferenceInformation?.code,
    transactionId: request.clientReferenceInformation?.transactionId,
    japanPaymentOptions: jpo === undefined ? undefined : { ...jpo },
  });
  const body = captureBody(record, context.ids.reconciliationId(call.at), call.at);
  return deliverFollowUp(totalAmount, call.at, halReply(201, body));
}

/** Records a new capture of `fields` at `at`, and returns it. */
export function addCapture(
  context: MockContext,
  at: Date,
  fields: Omit<MockCapture, "id" | "status" | "at" | "state" | "refundedAmount">,
): MockCapture {
  const online = context.options.onlineCapture;
  const { japanPaymentOptions, ...named } = fields;
  // In the order the records have always had (they are shown as JSON).
  const record: MockCapture = {
    id: context.ids.paymentId(at),
    ...named,
    status: online ? "TRANSMITTED" : "PENDING",
    japanPaymentOptions,
    at: at.toISOString(),
    // Online capture sends it to the processor at once: it can no longer be voided.
    state: online ? "SETTLED" : "PENDING",
    refundedAmount: "0",
  };
  context.store.addCapture(record);
  return record;
}

function captureBody(record: MockCapture, reconciliationId: string, at: Date): CaptureResponse {
  const href = `/pts/v2/captures/${record.id}`;
  return {
    _links: { self: { href, method: "GET" }, void: { href: `${href}/voids`, method: "POST" } },
    id: record.id,
    submitTimeUtc: submitTimeUtc(at),
    status: record.status,
    reconciliationId,
    clientReferenceInformation: {
      ...(record.code === undefined ? {} : { code: record.code }),
      ...(record.transactionId === undefined ? {} : { transactionId: record.transactionId }),
    },
    orderInformation: { amountDetails: { totalAmount: record.amount, currency: record.currency } },
  };
}
