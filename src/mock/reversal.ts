import type { ApiCall, MockContext } from "./context.js";
import { followUpTarget, refuseAmount } from "./follow-up.js";
import { submitTimeUtc } from "./ids.js";
import type { MockAuthorization, MockReversal } from "./records.js";
import { intake, withNotes } from "./intake.js";
import { halReply, type Reply } from "./reply.js";
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
  const taken = intake(context, "AuthorizationReversalRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const request = taken.body as AuthorizationReversalRequest;
  return withNotes(reverseByIdChecked(context, call, request), taken.notes);
}

function reverseByIdChecked(
  context: MockContext,
  call: ApiCall,
  request: AuthorizationReversalRequest,
): Reply {
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
 * it was sent with; the amount must be the amount that was requested. The currency is optional:
 * Cybersource's own sample (timeout-reversal.js) sends none.
 */
export function reverseByTransactionId(context: MockContext, call: ApiCall): Reply {
  const taken = intake(context, "TimeoutReversalRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const request = taken.body as TimeoutReversalRequest;
  return withNotes(reverseByTransactionIdChecked(context, call, request), taken.notes);
}

function reverseByTransactionIdChecked(
  context: MockContext,
  call: ApiCall,
  request: TimeoutReversalRequest,
): Reply {
  const { amountDetails, reason } = request.reversalInformation;
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
