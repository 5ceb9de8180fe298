import { authorizationBody, CAPTURABLE } from "./authorization-response.js";
import { addCapture } from "./capture.js";
import type { ApiCall, MockContext } from "./context.js";
import { checkJpoRules, isExpired } from "./jpo-rules.js";
import type { MockAuthorization } from "./records.js";
import { intake, withNotes } from "./intake.js";
import { fieldsRejected, halReply, invalidRequest, serverError, type Reply } from "./reply.js";
import { findScenario, mockScenarios, type MockScenario } from "./scenarios.js";
import { resolveCard, waivedByToken, type ResolvedCard } from "./tokens/card-source.js";
import { createTokens } from "./tokens/token-create.js";
import type { AuthorizationRequest, AuthorizationStatus } from "./wire.js";
import { payerAuthentication } from "./three-d-secure/enroll.js";

const EXPIRED = mockScenarios.find((scenario) => scenario.errorReason === "EXPIRED_CARD")!;

/**
 * `POST /pts/v2/payments`: schema, JPO rules, duplicate transaction id, then the outcome chosen
 * by the amount (see `mockScenarios`). An expired card declines whatever the amount.
 */
export function authorize(context: MockContext, call: ApiCall): Reply {
  const taken = intake(
    context,
    "JpoAuthorizationRequest",
    call.body as object,
    call.at,
    (body, problem) => waivedByToken(body as AuthorizationRequest, problem),
  );
  if (!taken.ok) return taken.reply;
  return withNotes(
    authorizeChecked(context, taken.body as AuthorizationRequest, call.at),
    taken.notes,
  );
}

function authorizeChecked(context: MockContext, request: AuthorizationRequest, at: Date): Reply {
  const resolved = resolveCard(context, request, at);
  if (!("card" in resolved)) {
    return invalidRequest(resolved.reason, resolved.message, at, resolved.problems);
  }
  const rejection = checkJpoRules(request, resolved);
  if (rejection !== undefined) {
    return invalidRequest(rejection.reason, rejection.message, at, [rejection.problem]);
  }
  const transactionId = request.clientReferenceInformation?.transactionId;
  if (transactionId !== undefined && context.store.hasTransactionId(transactionId)) {
    return duplicate(context, at);
  }
  const authentication = payerAuthentication(context, request, resolved.card, at);
  if (authentication.kind === "reply") return authentication.reply;
  const amountScenario = findScenario(request.orderInformation.amountDetails.totalAmount);
  const scenario = isExpired(resolved.card, at) ? EXPIRED : amountScenario;
  const authorization = record(context, request, resolved, scenario, at);
  context.store.addAuthorization(authorization);
  if (request.processingInformation.capture === true && CAPTURABLE.has(authorization.status)) {
    captureAtOnce(context, authorization, at);
  }
  const cai = authentication.kind === "authorize" ? authentication.cai : undefined;
  return answer(context, authorization, scenario, at, cai);
}

/**
 * A reused transaction id. Cybersource's sandbox answered INVALID_DATA (cybersource-rest-client-node
 * issue 45); its PIN-debit documentation shows DUPLICATE_REQUEST. The default is what was observed.
 */
function duplicate(context: MockContext, at: Date): Reply {
  if (context.options.duplicateTransactionIdReason === "DUPLICATE_REQUEST") {
    return invalidRequest(
      "DUPLICATE_REQUEST",
      "Declined - The transaction identifier sent with this request has already been used",
      at,
    );
  }
  const field = "clientReferenceInformation.transactionId";
  return fieldsRejected([{ field, reason: "INVALID_DATA" }], at);
}

function record(
  context: MockContext,
  request: AuthorizationRequest,
  resolved: ResolvedCard,
  scenario: MockScenario | undefined,
  at: Date,
): MockAuthorization {
  const options = request.processingInformation.japanPaymentOptions;
  const amount = request.orderInformation.amountDetails.totalAmount;
  const status = statusOf(scenario);
  return {
    id: context.ids.paymentId(at),
    transactionId: request.clientReferenceInformation?.transactionId,
    code: request.clientReferenceInformation?.code,
    amount,
    authorizedAmount: approvedAmount(status, amount),
    currency: request.orderInformation.amountDetails.currency,
    paymentMethod: options.paymentMethod,
    installments: "installments" in options ? options.installments : undefined,
    firstBillingMonth: "firstBillingMonth" in options ? options.firstBillingMonth : undefined,
    card: resolved.card,
    cardSource: { kind: resolved.source, field: resolved.field },
    tokensCreated: status === "DECLINED" ? {} : createTokens(context, request, resolved),
    status,
    declineReason: status === "DECLINED" ? scenario?.errorReason : undefined,
    scenarioAmount: scenario?.amount === amount ? amount : undefined,
    salesSlipNumber:
      request.orderInformation.invoiceDetails?.salesSlipNumber ?? context.ids.salesSlipNumber(),
    state: status === "DECLINED" ? "DECLINED" : "AUTHORIZED",
    history: [{ state: status === "DECLINED" ? "DECLINED" : "AUTHORIZED", at: at.toISOString() }],
  };
}

/** Nothing when declined, half (rounded down) when partially approved, else all of it. */
function approvedAmount(status: AuthorizationStatus, amount: string): string {
  if (status === "DECLINED") return "0";
  return status === "PARTIAL_AUTHORIZED" ? String(Math.floor(Number(amount) / 2)) : amount;
}

/** The issuer's answer: the scenario's status, or AUTHORIZED for transport scenarios. */
function statusOf(scenario: MockScenario | undefined): AuthorizationStatus {
  switch (scenario?.outcome) {
    case "DECLINED":
    case "PARTIAL_AUTHORIZED":
    case "AUTHORIZED_PENDING_REVIEW":
    case "AUTHORIZED_RISK_DECLINED":
      return scenario.outcome;
    default:
      return "AUTHORIZED";
  }
}

function captureAtOnce(context: MockContext, authorization: MockAuthorization, at: Date): void {
  addCapture(context, at, {
    authorizationId: authorization.id,
    amount: authorization.authorizedAmount,
    currency: authorization.currency,
    code: authorization.code,
    japanPaymentOptions: undefined,
  });
}

function answer(
  context: MockContext,
  authorization: MockAuthorization,
  scenario: MockScenario | undefined,
  at: Date,
  cai: Record<string, string> | undefined,
): Reply {
  if (scenario?.outcome === "SERVER_ERROR") return serverError(at, scenario.message);
  const current = context.store.findById(authorization.id)!;
  const answered = authorizationBody(current, scenario, context.ids.reconciliationId(at), at);
  const body =
    cai === undefined ? answered : { ...answered, consumerAuthenticationInformation: cai };
  switch (scenario?.outcome) {
    case "SLOW_RESPONSE":
      return halReply(201, body, "slow");
    case "CONNECTION_RESET":
      return halReply(201, body, "reset");
    case "MALFORMED_RESPONSE":
      return halReply(201, body, "truncated");
    default:
      return halReply(201, body);
  }
}
