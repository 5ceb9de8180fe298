import { Buffer } from "node:buffer";
import type { MockContext } from "../context.js";
import type { MaskedCard } from "../records.js";
import { fieldsRejected, type Reply } from "../reply.js";
import type { MockChallenge } from "./challenges.js";
import { findAuthenticationScenario, type AuthenticationOutcomeKind } from "./scenarios.js";
import { part, unsignedJwt } from "../tokens/jws.js";
import { STEP_UP } from "./pages.js";

// What the mock's payer authentication answers, shared by the combined flow on
// POST /pts/v2/payments and the separate endpoints under /risk/v1: the result fields of an
// authentication, the step-up of a challenge, and how a challenge ended.

/** PARes status, ECI and commerce indicator of each outcome that needs no challenge. */
export const OUTCOMES: Readonly<
  Record<Exclude<AuthenticationOutcomeKind, "challenge">, readonly [string, string, string]>
> = {
  frictionless: ["Y", "05", "vbv"],
  attempted: ["A", "06", "vbv_attempted"],
  unavailable: ["U", "07", "internet"],
  failed: ["N", "07", "vbv_failure"],
  rejected: ["R", "07", "vbv_failure"],
};

/** What the mock does with `card`: its test card's outcome, else frictionless (a mock choice). */
export function outcomeOf(card: MaskedCard): AuthenticationOutcomeKind {
  return findAuthenticationScenario(card)?.outcome ?? "frictionless";
}

/**
 * The result fields of an authentication made at `at` (the mock's clock): a CAVV unless it
 * ended with ECI 07.
 */
export function resultFields(
  context: MockContext,
  paresStatus: string,
  eci: string,
  indicator: string,
  at: Date,
): Record<string, string> {
  const serial = context.ids.reconciliationId(at);
  const cavv =
    eci === "07"
      ? {}
      : { cavv: Buffer.from(`mock-cavv-${serial}`).toString("base64").slice(0, 28) };
  return {
    eci,
    eciRaw: eci,
    ...cavv,
    paresStatus,
    veresEnrolled: "Y",
    specificationVersion: "2.2.0",
    directoryServerTransactionId: `00000000-0000-4000-8000-${serial.padStart(12, "0").slice(-12)}`,
    ecommerceIndicator: indicator,
  };
}

/** What a challenge is made from: an authorization's or an enrollment check's amount and return. */
export interface ChallengeRequest {
  readonly orderInformation: { readonly amountDetails: { readonly totalAmount: string } };
  readonly consumerAuthenticationInformation?:
    | { readonly returnUrl?: string | undefined; readonly acsWindowSize?: string | undefined }
    | undefined;
}

/** Issues a challenge and returns the step-up fields of its `PENDING_AUTHENTICATION` answer. */
export function issueChallenge(
  context: MockContext,
  request: ChallengeRequest,
  card: MaskedCard,
  at: Date,
): Record<string, string> {
  const cai = request.consumerAuthenticationInformation;
  const asked = {
    card,
    amount: request.orderInformation.amountDetails.totalAmount,
    returnUrl: cai?.returnUrl,
    acsWindowSize: cai?.acsWindowSize,
  };
  const issued = context.challenges.issue({
    scenario: findAuthenticationScenario(asked.card),
    last4: asked.card.last4,
    amount: asked.amount,
    returnUrl: asked.returnUrl,
  });
  const id = issued.authenticationTransactionId;
  // Cardinal's step-up JWT claims (jti, iat, iss, ReturnUrl, Payload.TransactionId); unsigned here.
  const claims = {
    jti: id,
    iat: Math.floor(at.getTime() / 1000),
    iss: "mock-cybersource",
    ReturnUrl: asked.returnUrl,
    Payload: { TransactionId: id },
    ObjectifyPayload: true,
  };
  return {
    accessToken: unsignedJwt(claims),
    stepUpUrl: `${context.flex.url}${STEP_UP}`,
    authenticationTransactionId: id,
    veresEnrolled: "Y",
    paresStatus: "C",
    specificationVersion: "2.2.0",
    pareq: part({ threeDSServerTransID: id, challengeWindowSize: asked.acsWindowSize ?? "02" }),
  };
}

/**
 * The challenge of `id`, or the 400 INVALID_DATA for an id the mock never issued (the same for
 * the combined flow's validation and for `POST /risk/v1/authentication-results`).
 */
export function findChallenge(
  context: MockContext,
  id: string,
  at: Date,
):
  | { readonly ok: true; readonly challenge: MockChallenge }
  | { readonly ok: false; readonly reply: Reply } {
  const challenge = context.challenges.find(id);
  if (challenge !== undefined) return { ok: true, challenge };
  const field = "consumerAuthenticationInformation.authenticationTransactionId";
  return { ok: false, reply: fieldsRejected([{ field, reason: "INVALID_DATA" }], at) };
}

/**
 * How a challenge ended: test case 2.11 is unavailable whatever the cardholder did, 2.10 always
 * fails, and any other passes only when the cardholder (or `mock.completeChallenge`) passed it.
 */
export function challengeOutcome(
  challenge: MockChallenge,
): "frictionless" | "unavailable" | "failed" {
  const number = challenge.scenario?.number;
  if (number === "4000000000002420") return "unavailable";
  if (number === "4000000000002370" || challenge.result !== "pass") return "failed";
  return "frictionless";
}
