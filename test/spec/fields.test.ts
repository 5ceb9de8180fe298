import { describe, expect, test } from "vitest";
import { paymentMethodCodeValues } from "../../generated/rules.js";
import { loadSpec, resolveRef, type Schema } from "./load-spec.js";

const spec = loadSpec();
const jpoVariants = (spec.components.schemas.JapanPaymentOptions?.oneOf ?? []).map((ref) =>
  resolveRef<Schema>(spec, ref.$ref ?? ""),
);

/** The schema at a dotted path of the authorization request, following `$ref`s (not `oneOf`). */
function schemaAt(path: string, variant?: Schema): Schema | undefined {
  let node: Schema | undefined = spec.components.schemas.JpoAuthorizationRequest;
  for (const part of path.split(".")) {
    while (node?.$ref) node = resolveRef<Schema>(spec, node.$ref);
    if (node?.oneOf && variant) node = variant;
    node = node?.properties?.[part];
  }
  while (node?.$ref) node = resolveRef<Schema>(spec, node.$ref);
  return node;
}

function isRequired(path: string, variant?: Schema): boolean {
  const parts = path.split(".");
  const field = parts.pop() ?? "";
  const parent = parts.length > 0 ? schemaAt(parts.join("."), variant) : undefined;
  const holder = parent?.oneOf && variant ? variant : parent;
  return holder?.required?.includes(field) ?? false;
}

const installment = jpoVariants.find((variant) =>
  (variant.properties?.paymentMethod?.enum as string[]).includes("61"),
);

// The required fields of Cybersource's JPO installment page (shared/reference).
const publishedRequired = [
  "orderInformation.amountDetails.currency",
  "orderInformation.amountDetails.totalAmount",
  "orderInformation.billTo.address1",
  "orderInformation.billTo.administrativeArea",
  "orderInformation.billTo.country",
  "orderInformation.billTo.email",
  "orderInformation.billTo.firstName",
  "orderInformation.billTo.lastName",
  "orderInformation.billTo.locality",
  "orderInformation.billTo.postalCode",
  "paymentInformation.card.expirationMonth",
  "paymentInformation.card.expirationYear",
  "paymentInformation.card.number",
  "paymentInformation.card.type",
  "processingInformation.japanPaymentOptions.businessName",
  "processingInformation.japanPaymentOptions.businessNameAlphaNumeric",
  "processingInformation.japanPaymentOptions.businessNameKatakana",
  "processingInformation.japanPaymentOptions.installments",
  "processingInformation.japanPaymentOptions.paymentMethod",
];

describe("the authorization request schema", () => {
  test.each(publishedRequired)("requires %s for an installment payment", (path) => {
    expect(schemaAt(path, installment)).toBeDefined();
    expect(isRequired(path, installment)).toBe(true);
  });

  test("has the page's conditional fields, optional: firstBillingMonth defaults, terminalId is card-present only", () => {
    for (const field of ["firstBillingMonth", "terminalId"]) {
      const path = `processingInformation.japanPaymentOptions.${field}`;
      expect(schemaAt(path, installment)).toBeDefined();
      expect(isRequired(path, installment)).toBe(false);
    }
  });

  test.each([
    "clientReferenceInformation.code",
    "clientReferenceInformation.transactionId",
    "paymentInformation.card.securityCode",
    "processingInformation.capture",
  ])("has %s", (path) => {
    expect(schemaAt(path)).toBeDefined();
  });

  test("offers every japanPaymentOptions field in some payment method", () => {
    const fields = new Set(jpoVariants.flatMap((variant) => Object.keys(variant.properties ?? {})));
    expect([...fields].sort()).toEqual(
      [
        "paymentMethod",
        "installments",
        "firstBillingMonth",
        "businessName",
        "businessNameKatakana",
        "businessNameAlphaNumeric",
        "terminalId",
        "jis2TrackData",
        "preapprovalType",
        "bonuses",
      ].sort(),
    );
  });

  test("covers exactly the REST payment method codes, once each", () => {
    const codes = jpoVariants.flatMap(
      (variant) => variant.properties?.paymentMethod?.enum as string[],
    );
    const expected = ["10", "21", "22", "23", "24", "31", "32", "33", "34", "61", "80"];
    expect([...codes].sort()).toEqual(expected);
    expect(spec.components.schemas.PaymentMethodCode?.enum).toEqual(expected);
    expect([...paymentMethodCodeValues]).toEqual(expected);
    const mapping = (
      spec.components.schemas.JapanPaymentOptions?.discriminator as { mapping: object }
    ).mapping;
    expect(Object.keys(mapping).sort()).toEqual(expected);
  });

  test.each([
    ["61", ["installments"], [], ["bonuses"]],
    ["31", [], ["installments"], []],
    ["21", [], ["installments"], []],
    ["10", [], [], ["installments", "firstBillingMonth", "bonuses"]],
    ["80", [], ["installments"], ["bonuses"]],
  ])(
    "payment method %s requires %j, warns without %j and forbids %j",
    (code, required, recommended, forbidden) => {
      const variant = jpoVariants.find((v) =>
        (v.properties?.paymentMethod?.enum as string[]).includes(code),
      );
      expect(variant?.additionalProperties).toBe(false);
      expect(variant?.required).not.toContain("bonuses");
      for (const field of required) expect(variant?.required).toContain(field);
      const warned = (variant?.["x-recommended"] as { field: string }[] | undefined) ?? [];
      expect(warned.map((item) => item.field)).toEqual(recommended);
      for (const field of forbidden) expect(variant?.properties).not.toHaveProperty(field);
    },
  );

  // Hard limits from Cybersource's current spec (SPEC2026); where an older source allows less,
  // x-warn-maxLength makes the difference a warning (see the fidelity tests).
  test.each([
    ["clientReferenceInformation.code", 59],
    ["clientReferenceInformation.transactionId", 30],
    ["orderInformation.amountDetails.totalAmount", 12],
    ["orderInformation.billTo.firstName", 60],
    ["orderInformation.billTo.lastName", 60],
    ["orderInformation.billTo.address1", 255],
    ["orderInformation.billTo.locality", 50],
    ["orderInformation.billTo.administrativeArea", 50],
    ["orderInformation.billTo.postalCode", 10],
    ["orderInformation.billTo.country", 3],
    ["orderInformation.billTo.email", 255],
    ["paymentInformation.card.number", 20],
    ["paymentInformation.card.expirationMonth", 2],
    ["paymentInformation.card.expirationYear", 4],
    ["paymentInformation.card.securityCode", 4],
    ["processingInformation.japanPaymentOptions.installments", 2],
    ["processingInformation.japanPaymentOptions.firstBillingMonth", 2],
    ["processingInformation.japanPaymentOptions.businessName", 25],
    ["processingInformation.japanPaymentOptions.businessNameKatakana", 25],
    ["processingInformation.japanPaymentOptions.businessNameAlphaNumeric", 25],
    ["processingInformation.japanPaymentOptions.terminalId", 13],
    ["processingInformation.japanPaymentOptions.jis2TrackData", 69],
  ] as const)("limits %s to %i characters", (path, maxLength) => {
    const variant = jpoVariants.find((v) => v.properties?.[path.split(".").pop() ?? ""]);
    expect(schemaAt(path, variant)?.maxLength).toBe(maxLength);
  });

  test("limits bonuses to six, with month and amount as the facts give them", () => {
    const bonuses = schemaAt("processingInformation.japanPaymentOptions.bonuses", jpoVariants[2]);
    expect(bonuses?.maxItems).toBe(6);
    const bonus = resolveRef<Schema>(spec, (bonuses?.items as Schema).$ref ?? "");
    expect(bonus.properties?.month?.maxLength).toBe(2);
    expect(bonus.properties?.amount?.maxLength).toBe(8);
  });

  test("lists every authorization status, including those that are not approvals", () => {
    expect(spec.components.schemas.AuthorizationStatus?.enum).toEqual([
      "AUTHORIZED",
      "PARTIAL_AUTHORIZED",
      "AUTHORIZED_PENDING_REVIEW",
      "AUTHORIZED_RISK_DECLINED",
      "PENDING_AUTHENTICATION",
      "PENDING_REVIEW",
      "DECLINED",
      "INVALID_REQUEST",
    ]);
  });

  test("links self, capture and reversal (and the authReversal of Cybersource's examples)", () => {
    expect(Object.keys(spec.components.schemas.AuthorizationLinks?.properties ?? {})).toEqual([
      "self",
      "capture",
      "reversal",
      "authReversal",
    ]);
  });
});
