import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import {
  jpoAuthorizationRequestRule,
  type FieldRule,
  type ObjectRule,
  type StringRule,
} from "../../generated/rules.js";
import { staleFiles } from "../../scripts/check-generated.mjs";
import { loadSpec } from "./load-spec.js";

const spec = loadSpec();

function ruleAt(path: string, paymentMethod = "61"): FieldRule | undefined {
  let rule: FieldRule | undefined = jpoAuthorizationRequestRule;
  for (const part of path.split(".")) {
    if (rule?.kind === "oneOf") rule = rule.mapping[paymentMethod];
    rule = rule?.kind === "object" ? rule.properties[part] : undefined;
  }
  return rule;
}

function matches(rule: FieldRule | undefined, value: string): boolean {
  const pattern = (rule as StringRule).pattern;
  if (pattern === undefined) throw new Error("no pattern");
  return new RegExp(pattern, "u").test(value);
}

describe("generated/rules.ts", () => {
  test("carries the spec's katakana rule, with its description", () => {
    const rule = ruleAt("processingInformation.japanPaymentOptions.businessNameKatakana");
    expect(rule).toMatchObject({ kind: "string", maxLength: 25 });
    expect((rule as StringRule).patternDescription).toMatch(/katakana/);
    for (const value of [
      "ワガシャ",
      "ﾜｶﾞｼｬ",
      "カブシキガイシャ ヤマダ",
      "スーパー・ヤマダ",
      "ABCマート",
      "ワガシャ1",
    ]) {
      expect(matches(rule, value), value).toBe(true);
    }
    for (const value of ["わが社の場合", "我社", "   ", "ワガシャ!"]) {
      expect(matches(rule, value), value).toBe(false);
    }
    expect(rule?.source).toMatch(/businessNameKatakana/u);
  });

  test("carries the whole-yen amount rule", () => {
    const rule = ruleAt("orderInformation.amountDetails.totalAmount");
    for (const value of ["0", "100", "120000"]) expect(matches(rule, value), value).toBe(true);
    for (const value of ["100.00", "100.5", "-1", "01", "1,000", ""]) {
      expect(matches(rule, value), value).toBe(false);
    }
  });

  test("maps each payment method to its own closed shape", () => {
    const options = ruleAt("processingInformation.japanPaymentOptions");
    expect(options?.kind).toBe("oneOf");
    if (options?.kind !== "oneOf") return;
    expect(options.discriminator).toBe("paymentMethod");
    const installment = options.mapping["61"] as ObjectRule;
    expect(installment.closed).toBe(true);
    expect(installment.required).toContain("installments");
    expect(installment.properties).not.toHaveProperty("bonuses");
    expect((options.mapping["10"] as ObjectRule).properties).not.toHaveProperty("installments");
    const combined = options.mapping["31"] as ObjectRule;
    expect(combined.required).not.toContain("bonuses");
    expect(combined.recommended).toMatchObject([{ field: "installments" }]);
  });

  test("has the required lists of the spec", () => {
    const billTo = ruleAt("orderInformation.billTo") as ObjectRule;
    expect(billTo.required).toEqual(spec.components.schemas.BillTo?.required);
    expect(jpoAuthorizationRequestRule.required).toEqual(
      spec.components.schemas.JpoAuthorizationRequest?.required,
    );
  });
});

describe("generated artefacts", () => {
  test("generated/ and docs/index.html match what the spec produces now", async () => {
    expect(await staleFiles()).toEqual([]);
  }, 60_000);

  test("the spec passes redocly lint (recommended-strict) with no errors or warnings", () => {
    const result = spawnSync("node", ["scripts/lint-spec.mjs"], { encoding: "utf8" });
    const output = result.stdout + result.stderr;
    expect(output).toContain("Your API description is valid");
    expect(output).not.toMatch(/warning(?!: Node\.js)/i);
    expect(result.status).toBe(0);
  }, 60_000);
});
