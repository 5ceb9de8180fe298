import { describe, expect, it } from "vitest";
import { commerceIndicatorFor } from "../../src/payments/commerce-indicator.js";

describe("the commerce indicator of an authentication (VPC Visa Secure)", () => {
  it.each([
    ["05", undefined, "vbv"],
    ["06", "vbv_attempted", "vbv_attempted"],
    ["07", undefined, "internet"],
    ["07", "internet", "internet"],
    ["07", "vbv_failure", "vbv_failure"],
  ])("maps ECI %s (Cybersource said %s) to %s", (eci, answered, expected) => {
    expect(commerceIndicatorFor(eci, answered)).toBe(expected);
  });

  it("keeps Visa's pairing when Cybersource's indicator disagrees with the ECI", () => {
    expect(commerceIndicatorFor("05", "internet")).toBe("vbv");
  });

  it("takes a listed indicator for another ECI, and none for an unknown one", () => {
    expect(commerceIndicatorFor("02", "recurring")).toBe("recurring");
    expect(commerceIndicatorFor("02", "spa")).toBeUndefined();
    expect(commerceIndicatorFor(undefined, undefined)).toBeUndefined();
  });
});
