import { describe, expect, test } from "vitest";
import { validateJpoAuthorization } from "../../src/rules/jpo-rules.js";
import { mutable } from "../support/requests.js";

const now = () => new Date("2026-11-25T03:00:00Z");
const check = (request: unknown) => validateJpoAuthorization(request, { now });

describe("the fidelity policy: errors for what is certainly wrong, warnings where sources disagree", () => {
  test("gives every issue a severity and the source of its rule", () => {
    const request = mutable();
    request.paymentInformation.card.type = "002";
    request.orderInformation.billTo.address1 = "x".repeat(70);
    for (const issue of check(request)) {
      expect(["error", "warning"]).toContain(issue.severity);
      expect(issue.source?.length).toBeGreaterThan(10);
    }
  });

  test("lists errors first, then warnings", () => {
    const request = mutable();
    request.orderInformation.billTo.address1 = "x".repeat(70);
    request.paymentInformation.card.type = "002";
    expect(check(request).map(({ severity, rule }) => `${severity} ${rule}`)).toEqual([
      "error visa-only",
      "warning soft-max-length",
    ]);
  });

  test("warns when clientReferenceInformation.code, which Cybersource's spec requires, is missing", () => {
    const request = mutable();
    delete request.clientReferenceInformation.code;
    expect(check(request)).toMatchObject([
      { path: "clientReferenceInformation.code", rule: "recommended-field", severity: "warning" },
    ]);
  });

  test("accepts any transaction id of up to 30 characters, such as one with dots and colons", () => {
    const request = mutable();
    request.clientReferenceInformation.transactionId = "order.2026:11/25#1";
    expect(check(request)).toEqual([]);
    request.clientReferenceInformation.transactionId = "x".repeat(31);
    expect(check(request)).toMatchObject([
      { path: "clientReferenceInformation.transactionId", rule: "max-length", severity: "error" },
    ]);
  });

  test("accepts the partner, merchant-defined data, descriptor, device and shipping fields", () => {
    const request = mutable();
    request.clientReferenceInformation.partner = {
      developerId: "N2RC3Q4K",
      solutionId: "ABC12345",
    };
    request.clientReferenceInformation.comments = "gift";
    request.merchantDefinedInformation = [{ key: "1", value: "campaign-7" }];
    request.merchantInformation = {
      merchantDescriptor: { name: "WAGASHA", contact: "0312345678" },
    };
    request.deviceInformation = { fingerprintSessionId: "abc-123", ipAddress: "203.0.113.9" };
    request.buyerInformation = { merchantCustomerId: "C-1", dateOfBirth: "19800101" };
    request.orderInformation.billTo.phoneNumber = "0312345678";
    request.orderInformation.billTo.company = { name: "Wagasha KK" };
    request.orderInformation.shipTo = { address1: "1-1-1 Marunouchi", country: "JP" };
    request.orderInformation.lineItems = [
      { productName: "Tea", productSku: "T1", quantity: 2, unitPrice: "1000" },
    ];
    request.orderInformation.invoiceDetails = { purchaseOrderNumber: "PO-7" };
    expect(check(request)).toEqual([]);
  });

  test("rejects a misspelt new field with the nearest name", () => {
    const request = mutable();
    request.deviceInformation = { fingerprintSesionId: "abc" };
    expect(check(request)).toMatchObject([
      {
        path: "deviceInformation.fingerprintSesionId",
        rule: "unknown-field",
        message: 'is not a field; did you mean "fingerprintSessionId"?',
      },
    ]);
  });

  test("rejects a card number in merchant-defined data without quoting it", () => {
    const request = mutable();
    request.merchantDefinedInformation = [{ key: "1", value: "card 4111 1111 1111 1111" }];
    const [issue] = check(request);
    expect(issue).toMatchObject({
      path: "merchantDefinedInformation[0].value",
      rule: "mdd-card-number",
      severity: "error",
    });
    expect(issue?.message).not.toContain("1111");
  });

  test("warns on shipTo without the address and country Cybersource requires with it", () => {
    const request = mutable();
    request.orderInformation.shipTo = { firstName: "Hanako" };
    expect(check(request).map(({ path, severity }) => `${severity} ${path}`)).toEqual([
      "warning orderInformation.shipTo.address1",
      "warning orderInformation.shipTo.country",
    ]);
  });

  test("warns on a reversal-style free-text value only where the spec says warning", () => {
    const request = mutable();
    request.pointOfSaleInformation = { entryMode: "magstripe" };
    expect(check(request)).toMatchObject([
      { path: "pointOfSaleInformation.entryMode", rule: "enum", severity: "warning" },
    ]);
  });
});

describe("integers Cybersource's own examples send as strings", () => {
  const lineItem = (quantity: unknown) => {
    const request = mutable() as ReturnType<typeof mutable> & Record<string, unknown>;
    const order = request.orderInformation as Record<string, unknown>;
    order["lineItems"] = [{ productName: "茶", productSku: "T-1", quantity, unitPrice: "1000" }];
    return check(request).filter((issue) => issue.path.includes("lineItems"));
  };

  test("accepts quantity as a number or as a string of digits", () => {
    expect(lineItem(10).filter((issue) => issue.severity === "error")).toEqual([]);
    expect(lineItem("10").filter((issue) => issue.severity === "error")).toEqual([]);
  });

  test("still refuses what is not a whole number, or is out of range, either way", () => {
    const rules = (quantity: unknown) =>
      lineItem(quantity)
        .filter((issue) => issue.severity === "error")
        .map(({ path, rule }) => `${path} ${rule}`);
    expect(rules("ten")).toEqual(["orderInformation.lineItems[0].quantity type"]);
    expect(rules(1.5)).toEqual(["orderInformation.lineItems[0].quantity type"]);
    expect(rules("0")).toEqual(["orderInformation.lineItems[0].quantity minimum"]);
    expect(rules(0)).toEqual(["orderInformation.lineItems[0].quantity minimum"]);
  });
});
