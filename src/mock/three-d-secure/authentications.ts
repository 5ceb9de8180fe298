import type { components } from "../../../generated/openapi.js";
import type { ApiCall, MockContext } from "../context.js";
import { submitTimeUtc } from "../ids.js";
import { intake, withNotes } from "../intake.js";
import { halReply, invalidRequest, type Reply } from "../reply.js";
import type { FieldProblem, RequestSchemaName } from "../request-schema.js";
import { resolveCard, waivedByToken, type ResolvedCard } from "../tokens/card-source.js";
import type { AuthorizationRequest } from "../wire.js";
import { FAILED, REQUIRED } from "./enroll.js";
import {
  challengeOutcome,
  findChallenge,
  issueChallenge,
  OUTCOMES,
  outcomeOf,
  resultFields,
} from "./results.js";
import type { AuthenticationOutcomeKind } from "./scenarios.js";

// The separate payer authentication endpoints, for merchants who authenticate before they
// authorize: POST /risk/v1/authentications (check enrollment) and
// POST /risk/v1/authentication-results (validate a challenge). The same test cards and
// challenges as the combined flow (cybersource-rest-samples-node
// Samples/PayerAuthentication/enroll-with-pending-authentication.js,
// validate-authentication-results.js; status values from cybersource-rest-client 0.0.83
// RiskV1AuthenticationsPost201Response).

type Schemas = components["schemas"];
type EnrollmentRequest = Schemas["CheckPayerAuthEnrollmentRequest"];
type ValidationRequest = Schemas["ValidateAuthenticationResultsRequest"];
type Checked =
  | { readonly ok: false; readonly reply: Reply }
  | { readonly ok: true; body: unknown; card: ResolvedCard; notes: string[] };

/** `POST /risk/v1/authentications`: the authentication result, or a challenge. */
export function checkPayerAuthEnrollment(context: MockContext, call: ApiCall): Reply {
  const checked = take(context, "CheckPayerAuthEnrollmentRequest", call);
  if (!checked.ok) return checked.reply;
  const request = checked.body as EnrollmentRequest;
  const outcome = outcomeOf(checked.card.card);
  const reply =
    outcome === "challenge"
      ? challenged(context, request, checked.card, call.at)
      : answer(context, request, outcome, call.at);
  return withNotes(reply, checked.notes);
}

/** `POST /risk/v1/authentication-results`: how the challenge of a transaction id ended. */
export function validateAuthenticationResults(context: MockContext, call: ApiCall): Reply {
  const checked = take(context, "ValidateAuthenticationResultsRequest", call);
  if (!checked.ok) return checked.reply;
  const request = checked.body as ValidationRequest;
  const id = request.consumerAuthenticationInformation.authenticationTransactionId;
  const found = findChallenge(context, id, call.at);
  const reply = found.ok
    ? answer(context, request, challengeOutcome(found.challenge), call.at, "indicator")
    : found.reply;
  return withNotes(reply, checked.notes);
}

/** Schema, card source (a transient token by its id, TMS tokens or a card), or the 400. */
function take(context: MockContext, name: RequestSchemaName, call: ApiCall): Checked {
  const waived = (body: unknown, problem: FieldProblem) =>
    // The payer authentication guide asks for a state only in the US and Canada.
    problem.field === "orderInformation.billTo.administrativeArea" ||
    waivedByToken(asAuthorization(body), problem);
  const taken = intake(context, name, call.body as object, call.at, waived);
  if (!taken.ok) return taken;
  const resolved = resolveCard(context, asAuthorization(taken.body), call.at);
  if (!("card" in resolved)) {
    const reply = invalidRequest(resolved.reason, resolved.message, call.at, resolved.problems);
    return { ok: false, reply: withNotes(reply, taken.notes) };
  }
  return { ok: true, body: taken.body, card: resolved, notes: taken.notes };
}

/** The request as the card source reader takes it: a transient token's id is its `jti`. */
function asAuthorization(body: unknown): AuthorizationRequest {
  const request = body as { tokenInformation?: { transientToken?: string; jti?: string } };
  const id = request.tokenInformation?.transientToken ?? request.tokenInformation?.jti;
  const view = id === undefined ? request : { ...request, tokenInformation: { jti: id } };
  return view as unknown as AuthorizationRequest;
}

/** 201 with the result of `outcome`: successful (Y, A, U) or failed (N, R). */
function answer(
  context: MockContext,
  request: EnrollmentRequest | ValidationRequest,
  outcome: Exclude<AuthenticationOutcomeKind, "challenge">,
  at: Date,
  indicatorName: "ecommerceIndicator" | "indicator" = "ecommerceIndicator",
): Reply {
  const [paresStatus, eci, indicator] = OUTCOMES[outcome];
  const transaction = request.consumerAuthenticationInformation as
    { authenticationTransactionId?: string } | undefined;
  const authenticationTransactionId =
    transaction?.authenticationTransactionId ?? context.challenges.nextId();
  if (outcome === "failed" || outcome === "rejected") {
    return halReply(201, {
      ...envelope(context, request, at, "AUTHENTICATION_FAILED"),
      errorInformation: { reason: "CONSUMER_AUTHENTICATION_FAILED", message: FAILED },
      consumerAuthenticationInformation: {
        authenticationTransactionId,
        eci,
        eciRaw: eci,
        paresStatus,
        [indicatorName]: indicator,
      },
    });
  }
  const { ecommerceIndicator, ...fields } = resultFields(context, paresStatus, eci, indicator, at);
  return halReply(201, {
    ...envelope(context, request, at, "AUTHENTICATION_SUCCESSFUL"),
    consumerAuthenticationInformation: {
      authenticationTransactionId,
      ...fields,
      [indicatorName]: ecommerceIndicator,
    },
  });
}

/** 201 PENDING_AUTHENTICATION with the step-up of a new challenge. */
function challenged(
  context: MockContext,
  request: EnrollmentRequest,
  card: ResolvedCard,
  at: Date,
): Reply {
  const stepUp = issueChallenge(context, request, card.card, at);
  return halReply(201, {
    ...envelope(context, request, at, "PENDING_AUTHENTICATION"),
    message: REQUIRED,
    errorInformation: { reason: "CONSUMER_AUTHENTICATION_REQUIRED", message: REQUIRED },
    consumerAuthenticationInformation: stepUp,
  });
}

function envelope(
  context: MockContext,
  request: EnrollmentRequest | ValidationRequest,
  at: Date,
  status: string,
) {
  const code = request.clientReferenceInformation?.code;
  return {
    id: context.ids.paymentId(at),
    submitTimeUtc: submitTimeUtc(at),
    status,
    ...(code === undefined ? {} : { clientReferenceInformation: { code } }),
  };
}
