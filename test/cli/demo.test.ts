import { describe, expect, test } from "vitest";
import { runDemo } from "../../src/cli/demo.js";
import { installmentPlan, methodName, yen } from "../../src/cli/format.js";

describe("the demo", () => {
  test("authorizes 120,000 yen in 12 installments, then reverses a timed-out authorization", async () => {
    const output: string[] = [];
    await runDemo({ live: false, env: {}, out: (text) => output.push(text) });
    const text = output.join("\n");
    expect(text).toMatch(/status\s+AUTHORIZED/);
    expect(text).toMatch(/approval code\s+123456/);
    expect(text).toMatch(/first billing month not given: Cybersource bills from the month after/);
    expect(text).toContain("12 monthly payments");
    expect(text).toContain("10,000 yen");
    expect(text).toContain("AUTHORIZATION_OUTCOME_UNKNOWN");
    expect(text).toMatch(/status\s+REVERSED/);
    expect(text).toMatch(/the mock's record of \d{22} is now REVERSED/);
    expect(text).toMatch(/2\. Capture it/);
    expect(text).toMatch(/status\s+PENDING/);
    expect(text).toMatch(/refund balance\s+100,000 yen/);
    expect(text).toMatch(/installments\s+12 \(reported as numberOfInstallments\)/);
    expect(text).toMatch(/history\s+ics_bill/);
    expect(text).toContain("CAPTURE_OUTCOME_UNKNOWN");
    expect(text).toMatch(/the mock's record of the capture \d{22} is now VOIDED/);
    expect(text).toContain("411111******1111");
    expect(text).not.toContain("4111111111111111");
  }, 20_000);
});

describe("formatting", () => {
  test("says twelve equal payments as one amount, not as a first payment and eleven more", () => {
    expect(installmentPlan(120000, 12, "01")).toBe(
      "12 monthly payments of 10,000 yen from month 01",
    );
    expect(installmentPlan(5000, 1, "03")).toBe("1 payment of 5,000 yen in month 03");
  });

  test("splits an amount into monthly payments, remainder first", () => {
    expect(installmentPlan(100000, 3, "01")).toBe(
      "3 monthly payments from month 01: 33,334 yen, then 2 x 33,333 yen",
    );
    expect(yen("120000")).toBe("120,000 yen");
    expect(methodName("61")).toBe("installments (分割払い)");
    expect(methodName("33")).toBe("bonus with installments (ボーナス併用払い)");
  });
});
