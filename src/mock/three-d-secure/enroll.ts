import { Buffer } from "node:buffer";
import type { MockContext } from "../context.js";
import { submitTimeUtc } from "../ids.js";
import type { MaskedCard } from "../records.js";
import { halReply, invalidRequest, type Reply } from "../reply.js";
import type { AuthorizationRequest } from "../wire.js";
import { findAuthenticationScenario } from "./scenarios.js";

// Cybersource's combined flow on POST /pts/v2/payments: CONSUMER_AUTHENTICATION checks enrollment
// and, unless a challenge is needed, authorizes with the result; VALIDATE_CONSUMER_AUTHENTICATION
// validates a challenge and authorizes (cybersource-rest-samples-node
// authorization-with-pa-enroll-authentication-needed.js, authorization-with-payer-auth-validation.js).

/** No authentication asked; authorize with this result; or answer this instead. */
export type PayerAuthDecision =
  | { readonly kind: "none" }
  | { readonly kind: "authorize"; readonly cai: Record<string, string> }
  | { readonly kind: "reply"; readonly reply: Reply };

const FAILED = "Encountered a Payer Authentication problem. Payer could not be authenticated.";
const REQUIRED =
  "The cardholder is enrolled in Payer Authentication. Please authenticate the cardholder before continuing with the transaction.";

/** What the payer authentication actions of `request` decide for `card`. */
export function payerAuthentication(
  context: MockContext,
  request: AuthorizationRequest,
  card: MaskedCard,
  at: Date,
): PayerAuthDecision {
  const actions: readonly string[] = request.processingInformation.actionList ?? [];
  if (actions.includes("VALIDATE_CONSUMER_AUTHENTICATION")) return validate(context, request, at);
  if (!actions.includes("CONSUMER_AUTHENTICATION")) return { kind: "none" };
  const scenario = findAuthenticationScenario(card);
  switch (scenario?.outcome ?? "frictionless") {
    case "frictionless":
      return authorizeWith(context, "Y", "05", "vbv");
    case "attempted":
      return authorizeWith(context, "A", "06", "vbv_attempted");
    case "unavailable":
      return authorizeWith(context, "U", "07", "internet");
    case "failed":
      return declined(context, request, "N", at);
    case "rejected":
      return declined(context, request, "R", at);
    default:
      return challenge(context, request, card, at);
  }
}

function validate(
  context: MockContext,
  request: AuthorizationRequest,
  at: Date,
): PayerAuthDecision {
  const id = request.consumerAuthenticationInformation?.authenticationTransactionId ?? "";
  const found = context.challenges.find(id);
  if (found === undefined) {
    const field = "consumerAuthenticationInformation.authenticationTransactionId";
    const message = "Declined - One or more fields in the request contains invalid data";
    return {
      kind: "reply",
      reply: invalidRequest("INVALID_DATA", message, at, [{ field, reason: "INVALID_DATA" }]),
    };
  }
  const always = found.scenario?.number;
  if (always === "4000000000002420") return authorizeWith(context, "U", "07", "internet");
  if (always === "4000000000002370" || found.result !== "pass") {
    return declined(context, request, "N", at);
  }
  return authorizeWith(context, "Y", "05", "vbv");
}

function authorizeWith(
  context: MockContext,
  paresStatus: string,
  eci: string,
  indicator: string,
): PayerAuthDecision {
  const serial = context.ids.reconciliationId(new Date());
  const cavv =
    eci === "07"
      ? {}
      : { cavv: Buffer.from(`mock-cavv-${serial}`).toString("base64").slice(0, 28) };
  return {
    kind: "authorize",
    cai: {
      eci,
      eciRaw: eci,
      ...cavv,
      paresStatus,
      veresEnrolled: "Y",
      specificationVersion: "2.2.0",
      directoryServerTransactionId: `00000000-0000-4000-8000-${serial.padStart(12, "0").slice(-12)}`,
      ecommerceIndicator: indicator,
    },
  };
}

/** 201 DECLINED, CONSUMER_AUTHENTICATION_FAILED: nothing authorized. */
function declined(
  context: MockContext,
  request: AuthorizationRequest,
  paresStatus: string,
  at: Date,
): PayerAuthDecision {
  const body = {
    ...envelope(context, request, at, "DECLINED"),
    errorInformation: { reason: "CONSUMER_AUTHENTICATION_FAILED", message: FAILED },
    consumerAuthenticationInformation: { eci: "07", eciRaw: "07", paresStatus, veresEnrolled: "Y" },
  };
  return { kind: "reply", reply: halReply(201, body) };
}

/** 201 PENDING_AUTHENTICATION with the step-up of a new challenge. */
function challenge(
  context: MockContext,
  request: AuthorizationRequest,
  card: MaskedCard,
  at: Date,
): PayerAuthDecision {
  const cai = request.consumerAuthenticationInformation;
  const issued = context.challenges.issue({
    scenario: findAuthenticationScenario(card),
    last4: card.last4,
    amount: request.orderInformation.amountDetails.totalAmount,
    returnUrl: cai?.returnUrl,
  });
  const id = issued.authenticationTransactionId;
  // Cardinal's step-up JWT claims (jti, iat, iss, ReturnUrl, Payload.TransactionId); unsigned here.
  const claims = {
    jti: id,
    iat: Math.floor(at.getTime() / 1000),
    iss: "mock-cybersource",
    ReturnUrl: cai?.returnUrl,
    Payload: { TransactionId: id },
    ObjectifyPayload: true,
  };
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const body = {
    ...envelope(context, request, at, "PENDING_AUTHENTICATION"),
    errorInformation: { reason: "CONSUMER_AUTHENTICATION_REQUIRED", message: REQUIRED },
    consumerAuthenticationInformation: {
      accessToken: `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`,
      stepUpUrl: `${context.flex.url}/cardinal/V2/Cruise/StepUp`,
      authenticationTransactionId: id,
      veresEnrolled: "Y",
      paresStatus: "C",
      specificationVersion: "2.2.0",
      pareq: part({ threeDSServerTransID: id, challengeWindowSize: cai?.acsWindowSize ?? "02" }),
    },
  };
  return { kind: "reply", reply: halReply(201, body) };
}

function envelope(context: MockContext, request: AuthorizationRequest, at: Date, status: string) {
  const reference = request.clientReferenceInformation;
  return {
    id: context.ids.paymentId(at),
    submitTimeUtc: submitTimeUtc(at),
    status,
    clientReferenceInformation: {
      ...(reference?.code === undefined ? {} : { code: reference.code }),
      ...(reference?.transactionId === undefined ? {} : { transactionId: reference.transactionId }),
    },
  };
}
