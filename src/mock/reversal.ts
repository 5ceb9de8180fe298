import type { ApiCall, MockContext } from "./context.js";
import { followUpTarget, refuseAmount } from "./follow-up.js";
import { submitTimeUtc } from "./ids.js";
import type { MockAuthorization, MockReversal } from "./records.js";
import { fieldsRejected, halReply, invalidRequest, type Reply } from "./reply.js";
import { validateRequest } from "./request-schema.js";
import type {
  AuthorizationReversalRequest,
  ReversalResponse,
  TimeoutReversalRequest,
} from "./wire.js";

const AMOUNT_FIELD = "reversalInformation.amountDetails.totalAmount";

/**
 * `POST /pts/v2/payments/{id}/reversals`: reverses an authorization that is neither captured nor
 * reversed. The amount must be the authorized amount (half the request for a partial approval).
 */
export function reverseById(context: MockContext, call: ApiCall): Reply {
  const problems = validateRequest("AuthorizationReversalRequest", call.body);
  if (problems.length > 0) return fieldsRejected(problems, call.at);
  const request = call.body as AuthorizationReversalRequest;
  const target = followUpTarget(context.store.findById(call.id ?? ""), "reversal", call.at);
  if (!target.ok) return target.reply;
  const { authorization } = target;
  const { totalAmount } = request.reversalInformation.amountDetails;
  if (totalAmount !== authorization.authorizedAmount) {
    return refuseAmount(
      "INVALID_AMOUNT",
      "Declined - The amount is not the authorized amount",
      AMOUNT_FIELD,
      call.at,
    );
  }
  return reverse(context, authorization, call, {
    timeout: false,
    code: request.clientReferenceInformation?.code,
    reason: request.reversalInformation.reason,
  });
}

/**
 * `POST /pts/v2/reversals`: the timeout reversal. Finds the authorization by the transaction id
 * it was sent with; the amount must be the amount that was requested. The currency may be in
 * `reversalInformation` or `orderInformation` but must be in one of them.
 */
export function reverseByTransactionId(context: MockContext, call: ApiCall): Reply {
  const problems = validateRequest("TimeoutReversalRequest", call.body);
  if (problems.length > 0) return fieldsRejected(problems, call.at);
  const request = call.body as TimeoutReversalRequest;
  const { amountDetails, reason } = request.reversalInformation;
  if (
    amountDetails.currency === undefined &&
    request.orderInformation?.amountDetails === undefined
  ) {
    return invalidRequest(
      "MISSING_FIELD",
      "Declined - The request is missing one or more fields",
      call.at,
      [{ field: "reversalInformation.amountDetails.currency", reason: "MISSING_FIELD" }],
    );
  }
  const { transactionId, code } = request.clientReferenceInformation;
  const found = context.store.findByTransactionId(transactionId);
  const target = followUpTarget(found, "reversal", call.at);
  if (!target.ok) return target.reply;
  const { authorization } = target;
  if (amountDetails.totalAmount !== authorization.amount) {
    return refuseAmount(
      "INVALID_AMOUNT",
      "Declined - The amount is not the requested amount",
      AMOUNT_FIELD,
      call.at,
    );
  }
  return reverse(context, authorization, call, { timeout: true, code, reason, transactionId });
}

interface ReversalDetails {
  readonly timeout: boolean;
  readonly code: string | undefined;
  readonly reason: string | undefined;
  readonly transactionId?: string;
}

function reverse(
  context: MockContext,
  authorization: MockAuthorization,
  call: ApiCall,
  details: ReversalDetails,
): Reply {
  const record: MockReversal = {
    id: context.ids.paymentId(call.at),
    authorizationId: authorization.id,
    timeout: details.timeout,
    transactionId: details.transactionId ?? authorization.transactionId,
    amount: authorization.authorizedAmount,
    currency: authorization.currency,
    reason: details.reason,
    at: call.at.toISOString(),
  };
  context.store.addReversal(record);
  const body: ReversalResponse = {
    _links: { self: { href: `/pts/v2/reversals/${record.id}`, method: "GET" } },
    id: record.id,
    submitTimeUtc: submitTimeUtc(call.at),
    status: "REVERSED",
    reconciliationId: context.ids.reconciliationId(call.at),
    clientReferenceInformation: {
      ...(details.code === undefined ? {} : { code: details.code }),
      ...(details.transactionId === undefined ? {} : { transactionId: details.transactionId }),
    },
    reversalAmountDetails: {
      reversedAmount: record.amount,
      originalTransactionAmount: authorization.amount,
      currency: record.currency,
    },
    processorInformation: { responseCategoryCode: "000" },
  };
  return halReply(201, body);
}
