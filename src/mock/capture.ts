import type { ApiCall, MockContext } from "./context.js";
import { followUpTarget, refuseAmount } from "./follow-up.js";
import { submitTimeUtc } from "./ids.js";
import type { MockCapture } from "./records.js";
import { fieldsRejected, halReply, type Reply } from "./reply.js";
import { validateRequest } from "./request-schema.js";
import type { CaptureRequest, CaptureResponse } from "./wire.js";

/**
 * `POST /pts/v2/payments/{id}/captures`: captures an approved authorization, in full or in
 * part, once. The authorization becomes `CAPTURED`.
 */
export function capture(context: MockContext, call: ApiCall): Reply {
  const problems = validateRequest("CaptureRequest", call.body);
  if (problems.length > 0) return fieldsRejected(problems, call.at);
  const request = call.body as CaptureRequest;
  const target = followUpTarget(context.store.findById(call.id ?? ""), "capture", call.at);
  if (!target.ok) return target.reply;
  const { authorization } = target;
  const { totalAmount, currency } = request.orderInformation.amountDetails;
  if (Number(totalAmount) > Number(authorization.authorizedAmount)) {
    return refuseAmount(
      "EXCEEDS_AUTH_AMOUNT",
      "Declined - The capture amount exceeds the authorized amount",
      "orderInformation.amountDetails.totalAmount",
      call.at,
    );
  }
  const record: MockCapture = {
    id: context.ids.paymentId(call.at),
    authorizationId: authorization.id,
    amount: totalAmount,
    currency,
    code: request.clientReferenceInformation?.code,
    transactionId: request.clientReferenceInformation?.transactionId,
    at: call.at.toISOString(),
  };
  context.store.addCapture(record);
  return halReply(201, captureBody(record, context.ids.reconciliationId(call.at), call.at));
}

function captureBody(record: MockCapture, reconciliationId: string, at: Date): CaptureResponse {
  const href = `/pts/v2/captures/${record.id}`;
  return {
    _links: { self: { href, method: "GET" }, void: { href: `${href}/voids`, method: "POST" } },
    id: record.id,
    submitTimeUtc: submitTimeUtc(at),
    status: "PENDING",
    reconciliationId,
    clientReferenceInformation: {
      ...(record.code === undefined ? {} : { code: record.code }),
      ...(record.transactionId === undefined ? {} : { transactionId: record.transactionId }),
    },
    orderInformation: { amountDetails: { totalAmount: record.amount, currency: record.currency } },
  };
}
