// examples/handle-every-outcome.ts: every outcome of an authorization against the mock, each
// handled, printed as "label" then "  -> outcome".
import { describe, expect, test } from "vitest";
import { describeRun, runCommand } from "../runtimes/support/command.js";
import { bundleExample, startExampleMock } from "./support/example.js";

/** The printed outcomes, by label. */
function outcomes(stdout: string): Record<string, string> {
  const lines = stdout.trim().split("\n");
  const found: Record<string, string> = {};
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!line.startsWith(" ") && next?.startsWith("  -> ")) found[line] = next.slice(5);
  });
  return found;
}

describe("the handle-every-outcome example", () => {
  test("handles each outcome and leaves nothing authorized and unsettled", async () => {
    const { mock, env } = await startExampleMock();
    const script = await bundleExample("handle-every-outcome.ts", "node");
    const run = await runCommand(process.execPath, [script], {
      env: { ...process.env, ...env, CYBERSOURCE_TIMEOUT_REVERSAL_DELAY_MS: "0" },
      timeoutMs: 60_000,
    });
    expect(run.code, describeRun(run)).toBe(0);
    const printed = outcomes(run.stdout);
    expect(Object.keys(printed)).toHaveLength(10);
    expect(printed).toMatchObject({
      "approved installment payment (分割払い)": "AUTHORIZED: captured 120000 of 120000 yen",
      "partial approval": "PARTIAL_AUTHORIZED: captured 1000 of 2001 yen",
      "held for review": "AUTHORIZED_PENDING_REVIEW (DECISION_PROFILE_REVIEW): REVERSED 2002 yen",
      declined: "DECLINED: INSUFFICIENT_FUND",
      "first use of a transaction id": "AUTHORIZED: captured 3000 of 3000 yen",
    });
    const invalid = printed["invalid: hiragana as katakana, a fraction of a yen"];
    expect(invalid).toMatch(/^VALIDATION_FAILED, nothing sent: /u);
    expect(invalid).toContain("orderInformation.amountDetails.totalAmount (yen-minor-unit)");
    expect(invalid).toContain("businessNameKatakana (katakana)");
    expect(printed["the same transaction id again"]).toMatch(
      /^CYBERSOURCE_API_ERROR: HTTP 400 INVALID_DATA \(correlation id \S+\)$/u,
    );
    expect(printed["wrong shared secret"]).toMatch(
      /^AUTHENTICATION_FAILED: HTTP 401 \(correlation id \S+\)$/u,
    );
    for (const label of ["502 from Cybersource", "no answer in time"]) {
      expect(printed[label]).toMatch(
        /^AUTHORIZATION_OUTCOME_UNKNOWN \(transaction jpo-[0-9a-f]{26}\): timeout reversal REVERSED$/u,
      );
    }
    // What reached "Cybersource": every approval was captured or reversed.
    expect(mock.authorizations.map((a) => [a.amount, a.state])).toEqual([
      ["120000", "CAPTURED"],
      ["2001", "CAPTURED"],
      ["2002", "REVERSED"],
      ["1001", "DECLINED"],
      ["3000", "CAPTURED"],
      ["5002", "REVERSED"],
      ["5065", "REVERSED"],
    ]);
    expect(mock.reversals.filter((r) => r.timeout).map((r) => r.amount)).toEqual(["5002", "5065"]);
  }, 90_000);
});
