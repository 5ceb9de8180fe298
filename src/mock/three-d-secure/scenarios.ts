import type { MaskedCard } from "../records.js";

/** What the mock's payer authentication does with a test card. */
export type AuthenticationOutcomeKind =
  "frictionless" | "attempted" | "challenge" | "failed" | "unavailable" | "rejected";

/** One 3-D Secure test card of the mock. */
export interface AuthenticationScenario {
  /** The Visa test card number (any expiry in the future); also works as a transient token. */
  readonly number: string;
  /** What the authentication does with it. */
  readonly outcome: AuthenticationOutcomeKind;
  /** The ECI the authentication ends with, when it is known before any challenge. */
  readonly eci?: string;
  /** What happens, for people. */
  readonly description: string;
}

const guide =
  "Cybersource Payer Authentication testing, EMV 3-D Secure 2.2 Visa cases (pa-testing-3ds-2x-intro)";

/**
 * The mock's 3-D Secure test cards: Cybersource's published EMV 3-D Secure 2.2 Visa numbers
 * (Payer Authentication developer guide, testing; test case in each description). With
 * `actionList: ["CONSUMER_AUTHENTICATION"]`, any other card authenticates frictionlessly (ECI
 * 05), a mock choice so that JPO test cards work with the flow.
 *
 * @example
 * ```ts
 * import { authenticationScenarios } from "cybersource-jpo/mock";
 * console.table(authenticationScenarios);
 * ```
 */
export const authenticationScenarios: readonly AuthenticationScenario[] = Object.freeze(
  (
    [
      [
        "4000000000002701",
        "frictionless",
        "05",
        "2.1: authenticated without a challenge; authorized with the CAVV.",
      ],
      [
        "4000000000002719",
        "attempted",
        "06",
        "2.3: attempts processing (stand-in); authorized with the CAVV.",
      ],
      [
        "4000000000002503",
        "challenge",
        undefined,
        "2.9: PENDING_AUTHENTICATION; the challenge passes or fails as the cardholder (or mock.completeChallenge) decides.",
      ],
      [
        "4000000000002370",
        "challenge",
        undefined,
        "2.10: PENDING_AUTHENTICATION; the challenge always fails (DECLINED, CONSUMER_AUTHENTICATION_FAILED).",
      ],
      [
        "4000000000002420",
        "challenge",
        undefined,
        "2.11: PENDING_AUTHENTICATION; after the challenge authentication is unavailable (ECI 07, authorized without liability shift).",
      ],
      [
        "4000000000002925",
        "failed",
        "07",
        "2.2: authentication failed without a challenge: DECLINED, CONSUMER_AUTHENTICATION_FAILED (PARes N).",
      ],
      [
        "4000000000002313",
        "unavailable",
        "07",
        "2.4: authentication unavailable (PARes U): authorized without a CAVV, no liability shift.",
      ],
      [
        "4000000000002537",
        "rejected",
        "07",
        "2.5: the issuer rejects authentication (PARes R): DECLINED, CONSUMER_AUTHENTICATION_FAILED.",
      ],
    ] as const
  ).map(([number, outcome, eci, description]) =>
    Object.freeze({
      number,
      outcome,
      ...(eci === undefined ? {} : { eci }),
      description: `${description} (${guide})`,
    }),
  ),
);

/** The scenario of a card, by its BIN and last four digits (a token's card has no number). */
export function findAuthenticationScenario(card: MaskedCard): AuthenticationScenario | undefined {
  return authenticationScenarios.find(
    (scenario) => scenario.number.startsWith(card.first6) && scenario.number.endsWith(card.last4),
  );
}
