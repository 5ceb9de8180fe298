import { describe, expect, test } from "vitest";
import publishedRequest from "../fixtures/published-installment-request.json" with { type: "json" };
import publishedResponse from "../fixtures/published-installment-response.json" with { type: "json" };
import { loadSpec, schemaValidator } from "./load-spec.js";

// Cybersource's page "Authorize an Installment Payment with JPO" (shared/reference) shows a request
// with known mistakes. The spec must reject each of them, and its installment example must be that
// very request with exactly those mistakes corrected.

const spec = loadSpec();
const validateRequest = schemaValidator(spec)("JpoAuthorizationRequest");
const jpoPath = "/processingInformation/japanPaymentOptions";

type Request = typeof publishedRequest & {
  clientReferenceInformation?: { code?: string; transactionId?: string };
};

function corrected(): Request {
  const request: Request = structuredClone(publishedRequest);
  const jpo = request.processingInformation.japanPaymentOptions as Record<string, string>;
  jpo.paymentMethod = "61";
  jpo.firstBillingMonth = jpo.firstBusinessMonth ?? "";
  delete jpo.firstBusinessMonth;
  jpo.businessNameKatakana = "ワガシャ";
  request.orderInformation.amountDetails = { totalAmount: "100", currency: "JPY" };
  request.clientReferenceInformation = { code: "RTS-Auth", transactionId: "TX-20261125-0001" };
  return request;
}

function errorsOf(request: unknown) {
  validateRequest(request);
  return (validateRequest.errors ?? []).map((error) => ({
    path: error.instancePath,
    keyword: error.keyword,
    params: error.params,
  }));
}

describe("Cybersource's published JPO installment example", () => {
  test("is rejected as published", () => {
    expect(validateRequest(publishedRequest)).toBe(false);
  });

  test("the spec's installment example is the published request with only the mistakes fixed", () => {
    expect(spec.components.examples.InstallmentAuthorization?.value).toEqual(corrected());
    expect(validateRequest(corrected())).toBe(true);
  });

  test("rejects firstBusinessMonth, the misspelling of firstBillingMonth", () => {
    const request = corrected() as unknown as {
      processingInformation: { japanPaymentOptions: Record<string, string> };
    };
    request.processingInformation.japanPaymentOptions.firstBusinessMonth = "04";
    expect(errorsOf(request)).toContainEqual({
      path: jpoPath,
      keyword: "additionalProperties",
      params: { additionalProperty: "firstBusinessMonth" },
    });
  });

  test("rejects hiragana in businessNameKatakana", () => {
    const request = corrected();
    request.processingInformation.japanPaymentOptions.businessNameKatakana = "わが社の場合";
    expect(errorsOf(request)).toContainEqual(
      expect.objectContaining({ path: `${jpoPath}/businessNameKatakana`, keyword: "pattern" }),
    );
  });

  test("rejects a yen amount with a minor unit", () => {
    const request = corrected();
    request.orderInformation.amountDetails.totalAmount = "100.00";
    expect(errorsOf(request)).toContainEqual(
      expect.objectContaining({
        path: "/orderInformation/amountDetails/totalAmount",
        keyword: "pattern",
      }),
    );
  });

  test("accepts paymentMethod 31 (bonus with installments) without bonuses, as the page sends it", () => {
    const request = corrected();
    request.processingInformation.japanPaymentOptions.paymentMethod = "31";
    expect(errorsOf(request)).toEqual([]);
  });

  test("rejects the lower-case currency code the page sends", () => {
    const request = corrected();
    request.orderInformation.amountDetails.currency = "jpy";
    expect(errorsOf(request)).toContainEqual(
      expect.objectContaining({
        path: "/orderInformation/amountDetails/currency",
        keyword: "enum",
      }),
    );
  });

  test("its success response is in the spec verbatim and fits the response schema", () => {
    expect(spec.components.examples.PublishedExampleResponse?.value).toEqual(publishedResponse);
    const validate = schemaValidator(spec)("AuthorizationResponse");
    expect(validate(publishedResponse)).toBe(true);
  });
});
