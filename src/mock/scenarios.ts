import type { DeclineReason } from "./wire.js";

/** What a scenario makes the mock do instead of approving. */
export type MockScenarioOutcome =
  | "DECLINED"
  | "PARTIAL_AUTHORIZED"
  | "AUTHORIZED_PENDING_REVIEW"
  | "AUTHORIZED_RISK_DECLINED"
  | "SERVER_ERROR"
  | "SLOW_RESPONSE"
  | "CONNECTION_RESET"
  | "MALFORMED_RESPONSE";

/** One amount trigger of the mock's authorization endpoint. */
export interface MockScenario {
  /** `orderInformation.amountDetails.totalAmount` that triggers it, whole yen. */
  readonly amount: string;
  /** What the mock does: the `status` it answers, or how it breaks the transport. */
  readonly outcome: MockScenarioOutcome;
  /** `errorInformation.reason` of the response, if it has one. */
  readonly errorReason: DeclineReason | undefined;
  /** The `message` (or `errorInformation.message`) of the response. */
  readonly message: string;
  /** What happens, for people. */
  readonly description: string;
}

const decline = (amount: string, reason: DeclineReason, message: string): MockScenario => ({
  amount,
  outcome: "DECLINED",
  errorReason: reason,
  message: `Decline - ${message}`,
  description: `201 DECLINED, errorInformation.reason ${reason}. Recorded as declined.`,
});

/**
 * The amount triggers of `POST /pts/v2/payments`: 1001-1015 decline, 2001-2003 approve with a
 * twist, 5001-5201 break the transport. Any other amount is approved (201 `AUTHORIZED`,
 * approval code `123456`), unless the card is expired by the mock's clock (Asia/Tokyo month),
 * which declines with `EXPIRED_CARD` like 1002.
 *
 * Every row except the declines records an approved authorization before answering, so the
 * timeout reversal (`POST /pts/v2/reversals` by transaction id) can find it. The transport rows
 * (5001, 5002, 5065, 5201) apply to the amount of a capture or refund as well: it is recorded,
 * then its answer is lost in the same way, so the timeout void can find it.
 *
 * @example
 * ```ts
 * import { mockScenarios } from "cybersource-jpo/mock";
 * console.table(mockScenarios.map(({ amount, outcome, description }) => ({ amount, outcome, description })));
 * ```
 */
export const mockScenarios: readonly MockScenario[] = Object.freeze(
  (
    [
      decline("1001", "INSUFFICIENT_FUND", "Insufficient funds in the account."),
      decline("1002", "EXPIRED_CARD", "Expired card."),
      decline("1003", "STOLEN_LOST_CARD", "Stolen or lost card."),
      decline("1004", "PROCESSOR_DECLINED", "General decline by the processor."),
      decline("1005", "EXCEEDS_CREDIT_LIMIT", "The card has reached its credit limit."),
      decline("1006", "CVN_NOT_MATCH", "The card verification number (CVN) did not match."),
      decline("1007", "GENERAL_DECLINE", "General decline of the card by the issuing bank."),
      decline("1008", "ISSUER_UNAVAILABLE", "The issuing bank is unavailable."),
      decline("1009", "UNAUTHORIZED_CARD", "The card is not allowed for this transaction."),
      decline("1010", "INVALID_ACCOUNT", "Invalid account number."),
      decline("1011", "CONTACT_PROCESSOR", "Call the issuing bank for more information."),
      decline("1012", "BLOCKED_BY_CARDHOLDER", "The cardholder blocked this merchant."),
      decline("1013", "INVALID_CVN", "Invalid card verification number (CVN)."),
      decline("1014", "SUSPENDED_ACCOUNT", "The account is suspended."),
      decline("1015", "PAYMENT_REFUSED", "The payment was refused."),
      {
        amount: "2001",
        outcome: "PARTIAL_AUTHORIZED",
        errorReason: undefined,
        message: "Partial amount was approved.",
        description: "201 PARTIAL_AUTHORIZED: half the amount (rounded down) is approved.",
      },
      {
        amount: "2002",
        outcome: "AUTHORIZED_PENDING_REVIEW",
        errorReason: "DECISION_PROFILE_REVIEW",
        message: "Approved, held for review by fraud screening.",
        description: "201 AUTHORIZED_PENDING_REVIEW: approved, can be reversed, not captured.",
      },
      {
        amount: "2003",
        outcome: "AUTHORIZED_RISK_DECLINED",
        errorReason: "DECISION_PROFILE_REJECT",
        message: "Approved by the issuer, then declined by fraud screening.",
        description: "201 AUTHORIZED_RISK_DECLINED: approved by the issuer; reverse it.",
      },
      {
        amount: "5001",
        outcome: "CONNECTION_RESET",
        errorReason: undefined,
        message: "",
        description:
          "Records an approval, then resets the connection without answering. Also captures and refunds.",
      },
      {
        amount: "5002",
        outcome: "SERVER_ERROR",
        errorReason: undefined,
        message: "Error - General system failure.",
        description:
          "Records an approval, then answers 502 SERVER_ERROR / SYSTEM_ERROR. Also captures and refunds.",
      },
      {
        amount: "5065",
        outcome: "SLOW_RESPONSE",
        errorReason: undefined,
        message: "",
        description:
          "Records an approval, answers it after slowResponseMs (default 65 s). Also captures and refunds.",
      },
      {
        amount: "5201",
        outcome: "MALFORMED_RESPONSE",
        errorReason: undefined,
        message: "",
        description:
          "Records an approval, answers 201 with the JSON body cut in half. Also captures and refunds.",
      },
    ] satisfies MockScenario[]
  ).map((scenario) => Object.freeze(scenario)),
);

const byAmount = new Map(mockScenarios.map((scenario) => [scenario.amount, scenario]));

/** The scenario an authorization amount triggers, or `undefined` (approve). */
export function findScenario(amount: string): MockScenario | undefined {
  return byAmount.get(amount);
}

/** The scenario table as Markdown (`| amount | outcome | what happens |`), for docs and CLIs. */
export function formatScenarioTable(): string {
  const rows = mockScenarios.map(
    ({ amount, outcome, description }) => `| ${amount} | ${outcome} | ${description} |`,
  );
  return [
    "| amount (JPY) | outcome | what happens |",
    "|---|---|---|",
    "| any other | AUTHORIZED | 201 AUTHORIZED, approval code 123456. |",
    ...rows,
  ].join("\n");
}
