import type { ApiCall, MockContext } from "./context.js";
import { deliverFollowUp } from "./follow-up-scenario.js";
import { refuseAmount } from "./follow-up.js";
import { submitTimeUtc } from "./ids.js";
import { intake, withNotes } from "./intake.js";
import type { MockCapture, MockRefund } from "./records.js";
import { halReply, invalidRequest, type Reply } from "./reply.js";
import { findScenario } from "./scenarios.js";
import type { RefundRequest, RefundResponse } from "./wire.js";

const AMOUNT_FIELD = "orderInformation.amountDetails.totalAmount";

/** `POST /pts/v2/captures/{id}/refunds`: refunds a capture, in full or in part. */
export function refundCapture(context: MockContext, call: ApiCall): Reply {
  return refund(context, call, false);
}

/** `POST /pts/v2/payments/{id}/refunds`: refunds a sale (its capture), in full or in part. */
export function refundSale(context: MockContext, call: ApiCall): Reply {
  return refund(context, call, true);
}

function refund(context: MockContext, call: ApiCall, sale: boolean): Reply {
  const taken = intake(context, "RefundRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const request = taken.body as RefundRequest;
  const capture = context.store.findCapture(call.id ?? "", sale);
  const refused = refusal(capture, request.orderInformation.amountDetails.totalAmount, call.at);
  if (refused !== undefined || capture === undefined) {
    return withNotes(refused ?? missing(call.at), taken.notes);
  }
  const { totalAmount, currency } = request.orderInformation.amountDetails;
  const record: MockRefund = {
    id: context.ids.paymentId(call.at),
    captureId: capture.id,
    authorizationId: capture.authorizationId,
    amount: String(Number(totalAmount)),
    currency,
    code: request.clientReferenceInformation?.code,
    transactionId: request.clientReferenceInformation?.transactionId,
    state: "PENDING",
    scenarioAmount: findScenario(totalAmount) === undefined ? undefined : totalAmount,
    at: call.at.toISOString(),
  };
  context.store.addRefund(record);
  const body = refundBody(record, context.ids.reconciliationId(call.at), call.at);
  return deliverFollowUp(totalAmount, call.at, withNotes(halReply(201, body), taken.notes));
}

/**
 * Cybersource's answer to a refund it refuses. Inferred (no Cybersource page maps situations to
 * reasons; the reasons are those of its refund 400 model): a voided capture is
 * `CAPTURE_ALREADY_VOIDED`, more than what is left `INVALID_AMOUNT`. A refund before
 * settlement is accepted (UNVERIFIED on VPC).
 */
function refusal(capture: MockCapture | undefined, amount: string, at: Date): Reply | undefined {
  if (capture === undefined) return undefined;
  if (capture.state === "VOIDED") {
    return invalidRequest("CAPTURE_ALREADY_VOIDED", "Declined - The capture has been voided", at);
  }
  const left = Number(capture.amount) - Number(capture.refundedAmount);
  if (Number(amount) > left) {
    return refuseAmount(
      "INVALID_AMOUNT",
      `Declined - The refund amount exceeds what is left of the capture (${left})`,
      AMOUNT_FIELD,
      at,
    );
  }
  return undefined;
}

/** An unknown capture id: INVALID_DATA naming the id (inferred; the refund model has no MISSING_AUTH). */
function missing(at: Date): Reply {
  return invalidRequest("INVALID_DATA", "Declined - No capture has that id", at, [
    { field: "id", reason: "INVALID_DATA" },
  ]);
}

function refundBody(record: MockRefund, reconciliationId: string, at: Date): RefundResponse {
  const href = `/pts/v2/refunds/${record.id}`;
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
    refundAmountDetails: { refundAmount: record.amount, currency: record.currency },
  };
}
