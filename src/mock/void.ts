import type { ApiCall, MockContext } from "./context.js";
import { submitTimeUtc } from "./ids.js";
import type { MockVoid } from "./records.js";
import { fieldsRejected, halReply, invalidRequest, type Reply } from "./reply.js";
import { validateRequest } from "./request-schema.js";
import type { TimeoutVoidRequest, VoidResponse } from "./wire.js";

/**
 * `POST /pts/v2/voids`: the timeout void. Finds the capture by the transaction id it was sent
 * with and voids it, once; the authorization it captured becomes `VOIDED`.
 */
export function voidByTransactionId(context: MockContext, call: ApiCall): Reply {
  const { problems } = validateRequest("TimeoutVoidRequest", call.body);
  if (problems.length > 0) return fieldsRejected(problems, call.at);
  const { transactionId } = (call.body as TimeoutVoidRequest).clientReferenceInformation;
  const capture = context.store.findCaptureByTransactionId(transactionId);
  if (capture === undefined) {
    return invalidRequest(
      "INVALID_DATA",
      "Declined - No capture has that transaction id",
      call.at,
      [{ field: "clientReferenceInformation.transactionId", reason: "INVALID_DATA" }],
    );
  }
  const record: MockVoid = {
    id: context.ids.paymentId(call.at),
    captureId: capture.id,
    transactionId,
    amount: capture.amount,
    at: call.at.toISOString(),
  };
  context.store.addVoid(record, capture.authorizationId);
  const body: VoidResponse = {
    _links: { self: { href: `/pts/v2/voids/${record.id}`, method: "GET" } },
    id: record.id,
    submitTimeUtc: submitTimeUtc(call.at),
    status: "VOIDED",
    clientReferenceInformation: { transactionId },
    voidAmountDetails: {
      voidAmount: record.amount,
      originalTransactionAmount: capture.amount,
      currency: capture.currency,
    },
  };
  return halReply(201, body);
}
