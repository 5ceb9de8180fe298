import type { MockContext } from "../context.js";
import { submitTimeUtc } from "../ids.js";
import type { MaskedCard } from "../records.js";
import { halReply, type Reply } from "../reply.js";
import type { AuthorizationRequest } from "../wire.js";
import {
  challengeOutcome,
  findChallenge,
  issueChallenge,
  OUTCOMES,
  outcomeOf,
  resultFields,
} from "./results.js";
import type { AuthenticationOutcomeKind } from "./scenarios.js";

// Cybersource's combined flow on POST /pts/v2/payments: CONSUMER_AUTHENTICATION checks enrollment
// and, unless a challenge is needed, authorizes with the result; VALIDATE_CONSUMER_AUTHENTICATION
// validates a challenge and authorizes (cybersource-rest-samples-node
// authorization-with-pa-enroll-authentication-needed.js, authorization-with-payer-auth-validation.js).

/** No authentication asked; authorize with this result; or answer this instead. */
export type PayerAuthDecision =
  | { readonly kind: "none" }
  | { readonly kind: "authorize"; readonly cai: Record<string, string> }
  | { readonly kind: "reply"; readonly reply: Reply };

/** Cybersource's messages for a failed authentication and for a challenge. */
export const FAILED =
  "Encountered a Payer Authentication problem. Payer could not be authenticated.";
export const REQUIRED =
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
  const outcome = outcomeOf(card);
  if (outcome === "challenge") return challenge(context, request, card, at);
  return decide(context, request, outcome, at);
}

/** Authorizes with the result of `outcome`, or declines a failed or rejected one. */
function decide(
  context: MockContext,
  request: AuthorizationRequest,
  outcome: Exclude<AuthenticationOutcomeKind, "challenge">,
  at: Date,
): PayerAuthDecision {
  const [paresStatus, eci, indicator] = OUTCOMES[outcome];
  if (outcome === "failed" || outcome === "rejected") {
    return declined(context, request, paresStatus, at);
  }
  return { kind: "authorize", cai: resultFields(context, paresStatus, eci, indicator, at) };
}

function validate(
  context: MockContext,
  request: AuthorizationRequest,
  at: Date,
): PayerAuthDecision {
  const id = request.consumerAuthenticationInformation?.authenticationTransactionId ?? "";
  const found = findChallenge(context, id, at);
  if (!found.ok) return { kind: "reply", reply: found.reply };
  return decide(context, request, challengeOutcome(found.challenge), at);
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
  const stepUp = issueChallenge(context, request, card, at);
  const body = {
    ...envelope(context, request, at, "PENDING_AUTHENTICATION"),
    errorInformation: { reason: "CONSUMER_AUTHENTICATION_REQUIRED", message: REQUIRED },
    consumerAuthenticationInformation: stepUp,
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
