// examples/checkout/order.ts: the payment options the page offers are the ones the SDK's JPO
// rules accept, and nothing the page could post outside them reaches Cybersource.
import { describe, expect, test } from "vitest";
import {
  japanPaymentOptions,
  orderRequest,
  paymentOptions,
} from "../../examples/checkout/order.js";
import { validateJpoAuthorization, type JapanPaymentOptions } from "../../src/index.js";
import { startMockCybersource } from "../../src/mock/index.js";

const mock = await startMockCybersource({
  merchantId: "m",
  keyId: crypto.randomUUID(),
  sharedSecret: btoa("0123456789abcdef0123456789abcdef"),
});
const token = mock.createTransientToken({
  number: "4111111111111111",
  expirationMonth: "12",
  expirationYear: "2031",
});
await mock.close();

function errors(jpo: JapanPaymentOptions | string) {
  if (typeof jpo === "string") throw new Error(jpo);
  return validateJpoAuthorization(orderRequest(token, jpo)).filter((i) => i.severity === "error");
}

describe("the checkout's payment options", () => {
  test("offer 一括, 分割, ボーナス一括, ボーナス併用 and リボ, with counts for 分割 and ボーナス併用 only", () => {
    expect(
      paymentOptions.map(({ code, ja, counts }) => `${code} ${ja} ${counts.length > 0}`),
    ).toEqual([
      "10 一括払い false",
      "61 分割払い true",
      "21 ボーナス一括払い false",
      "31 ボーナス併用払い true",
      "80 リボ払い false",
    ]);
  });

  test("every option and count the page offers passes the SDK's JPO rules", () => {
    for (const option of paymentOptions) {
      const counts = option.counts.length === 0 ? [undefined] : option.counts.map(String);
      for (const installments of counts) {
        const jpo = japanPaymentOptions({ paymentMethod: option.code, installments });
        expect(errors(jpo), `${option.code} ${installments}`).toEqual([]);
      }
    }
  });

  test("the rules refuse what the page does not offer: a count with 一括, none with 分割", () => {
    const names = {
      businessName: "我社",
      businessNameKatakana: "ワガシャ",
      businessNameAlphaNumeric: "OurStore",
    };
    const single = {
      paymentMethod: "10",
      installments: "3",
      ...names,
    } as unknown as JapanPaymentOptions;
    expect(errors(single).map((i) => i.path)).toContain(
      "processingInformation.japanPaymentOptions.installments",
    );
    const split = { paymentMethod: "61", ...names } as unknown as JapanPaymentOptions;
    expect(errors(split).map((i) => i.path)).toContain(
      "processingInformation.japanPaymentOptions.installments",
    );
  });

  test("a choice outside the offer is refused before any request", () => {
    expect(japanPaymentOptions({ paymentMethod: "10", installments: "3" })).toBe(
      "payment option 10 takes no installments",
    );
    expect(japanPaymentOptions({ paymentMethod: "61" })).toMatch(/takes one of 3, 5, 6/u);
    expect(japanPaymentOptions({ paymentMethod: "61", installments: "7" })).toMatch(
      /takes one of/u,
    );
    expect(japanPaymentOptions({ paymentMethod: "22" })).toBe("payment option 22 is not offered");
  });
});
