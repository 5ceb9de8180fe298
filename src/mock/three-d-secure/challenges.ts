import type { AuthenticationScenario } from "./scenarios.js";

/** A challenge the mock issued, and what the cardholder did with it. */
export interface MockChallenge {
  readonly authenticationTransactionId: string;
  readonly scenario: AuthenticationScenario | undefined;
  /** The card's last four digits, for the step-up page. */
  readonly last4: string;
  readonly amount: string;
  /** Where the step-up page posts `TransactionId` when the cardholder is done. */
  readonly returnUrl: string | undefined;
  result: "pass" | "fail" | undefined;
}

/** The challenges of one mock server, by authentication transaction id. */
export class MockChallenges {
  readonly #challenges = new Map<string, MockChallenge>();
  #next = 0;

  /** A new transaction id (20 characters, like Cardinal's), e.g. for a frictionless authentication. */
  nextId(): string {
    this.#next += 1;
    return `MockTx${String(this.#next).padStart(14, "0")}`;
  }

  /** A new challenge, under a new transaction id. */
  issue(challenge: Omit<MockChallenge, "authenticationTransactionId" | "result">): MockChallenge {
    const authenticationTransactionId = this.nextId();
    const issued: MockChallenge = { ...challenge, authenticationTransactionId, result: undefined };
    this.#challenges.set(authenticationTransactionId, issued);
    return issued;
  }

  find(authenticationTransactionId: string): MockChallenge | undefined {
    return this.#challenges.get(authenticationTransactionId);
  }

  /** What the cardholder does on the step-up page. Throws for an unknown transaction id. */
  complete(authenticationTransactionId: string, result: "pass" | "fail"): void {
    const challenge = this.#challenges.get(authenticationTransactionId);
    if (challenge === undefined) {
      throw new Error(`completeChallenge: no challenge ${authenticationTransactionId} was issued.`);
    }
    challenge.result = result;
  }
}
