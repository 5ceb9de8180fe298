import { describe, expect, test } from "vitest";
import { validateJpoAuthorization } from "../../src/rules/index.js";
import { installmentRequest } from "../support/requests.js";

const now = () => new Date("2026-11-25T03:00:00Z");
const cai = "consumerAuthenticationInformation";
const indicator = "processingInformation.commerceIndicator";

function withThreeDS(processing: Record<string, unknown>, auth?: Record<string, unknown>) {
  const base = installmentRequest();
  return {
    ...base,
    processingInformation: { ...base.processingInformation, ...processing },
    ...(auth === undefined ? {} : { [cai]: auth }),
  };
}
const check = (request: unknown) =>
  validateJpoAuthorization(request, { now }).map(({ path, rule, severity }) => ({
    path,
    rule,
    severity,
  }));
const cavv = "AAIBBYNoEwAAACcKhAJkdQAAAAA=";

describe("3-D Secure pass-through (Visa Secure on VPC)", () => {
  test("accepts a successful authentication: vbv, ECI 05 and its CAVV", () => {
    const request = withThreeDS(
      { commerceIndicator: "vbv" },
      { cavv, xid: cavv, eciRaw: "05", paSpecificationVersion: "2.2.0" },
    );
    expect(check(request)).toEqual([]);
  });

  test("rejects vbv without a CAVV", () => {
    const request = withThreeDS({ commerceIndicator: "vbv" }, { eciRaw: "05" });
    expect(check(request)).toEqual([
      { path: `${cai}.cavv`, rule: "3ds-cavv-required", severity: "error" },
    ]);
  });

  test("warns when the ECI does not go with the indicator", () => {
    const request = withThreeDS({ commerceIndicator: "vbv_attempted" }, { cavv, eciRaw: "05" });
    expect(check(request)).toEqual([
      { path: `${cai}.eciRaw`, rule: "3ds-eci-indicator", severity: "warning" },
    ]);
  });

  test("only warns about a CAVV with internet (no source forbids it)", () => {
    const request = withThreeDS({ commerceIndicator: "internet" }, { cavv, eciRaw: "07" });
    expect(check(request)).toEqual([
      { path: `${cai}.cavv`, rule: "3ds-cavv-unexpected", severity: "warning" },
    ]);
  });

  test("warns about an attempt without its CAVV", () => {
    const request = withThreeDS({ commerceIndicator: "vbv_attempted" }, { eciRaw: "06" });
    expect(check(request)).toEqual([
      { path: `${cai}.cavv`, rule: "3ds-cavv-attempted", severity: "warning" },
    ]);
  });

  test("warns when authentication data comes without a commerce indicator", () => {
    expect(check(withThreeDS({}, { cavv, eciRaw: "05" }))).toEqual([
      { path: indicator, rule: "3ds-commerce-indicator", severity: "warning" },
    ]);
  });

  test("warns about the retired specification version 2.1.0", () => {
    const request = withThreeDS(
      { commerceIndicator: "vbv" },
      { cavv, eciRaw: "05", paSpecificationVersion: "2.1.0" },
    );
    expect(check(request)).toEqual([
      { path: `${cai}.paSpecificationVersion`, rule: "3ds-version-retired", severity: "warning" },
    ]);
  });

  test("checks Cybersource's lengths and closes the object", () => {
    const request = withThreeDS(
      { commerceIndicator: "vbv" },
      { cavv: "A".repeat(41), eciRaw: "005", cavvv: cavv },
    );
    expect(check(request)).toEqual(
      expect.arrayContaining([
        { path: `${cai}.cavv`, rule: "max-length", severity: "error" },
        { path: `${cai}.eciRaw`, rule: "max-length", severity: "error" },
        { path: `${cai}.cavvv`, rule: "unknown-field", severity: "error" },
      ]),
    );
  });

  test("only warns about a commerce indicator outside VPC's list", () => {
    expect(check(withThreeDS({ commerceIndicator: "spa" }))).toEqual([
      { path: indicator, rule: "enum", severity: "warning" },
    ]);
  });
});

describe("3-D Secure with the authorization (combined flow)", () => {
  const browser = {
    ipAddress: "203.0.113.7",
    httpAcceptBrowserValue: "text/html",
    userAgentBrowserValue: "Mozilla/5.0",
    httpBrowserLanguage: "ja-JP",
    httpBrowserJavaEnabled: false,
    httpBrowserJavaScriptEnabled: true,
    httpBrowserColorDepth: "24",
    httpBrowserScreenHeight: "864",
    httpBrowserScreenWidth: "1536",
    httpBrowserTimeDifference: "-540",
  };

  test("accepts CONSUMER_AUTHENTICATION with a reference id, return URL and browser fields", () => {
    const request = {
      ...withThreeDS(
        { actionList: ["CONSUMER_AUTHENTICATION"] },
        { referenceId: "0_abc", returnUrl: "https://shop.example.jp/3ds" },
      ),
      deviceInformation: browser,
    };
    expect(check(request)).toEqual([]);
  });

  test("warns about CONSUMER_AUTHENTICATION without the setup's reference id", () => {
    const request = withThreeDS({ actionList: ["CONSUMER_AUTHENTICATION"] });
    expect(check(request)).toEqual([
      { path: `${cai}.referenceId`, rule: "3ds-reference-id", severity: "warning" },
    ]);
  });

  test("warns about a caller's CAVV with a payer authentication action", () => {
    const request = withThreeDS(
      { actionList: ["CONSUMER_AUTHENTICATION"] },
      { referenceId: "0_abc", cavv },
    );
    expect(check(request)).toEqual([
      { path: `${cai}.cavv`, rule: "3ds-result-with-action", severity: "warning" },
    ]);
  });

  test("rejects VALIDATE_CONSUMER_AUTHENTICATION without the transaction id", () => {
    const request = withThreeDS({ actionList: ["VALIDATE_CONSUMER_AUTHENTICATION"] });
    expect(check(request)).toEqual([
      {
        path: `${cai}.authenticationTransactionId`,
        rule: "3ds-validate-transaction",
        severity: "error",
      },
    ]);
  });

  test("every 3-D Secure issue names its source", () => {
    const request = withThreeDS(
      { commerceIndicator: "vbv" },
      { eciRaw: "06", paSpecificationVersion: "2.1.0" },
    );
    const issues = validateJpoAuthorization(request, { now });
    expect(issues.length).toBe(3);
    for (const issue of issues) expect(issue.source?.length ?? 0).toBeGreaterThan(20);
  });
});
