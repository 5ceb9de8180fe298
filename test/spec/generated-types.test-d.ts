import { describe, expectTypeOf, test } from "vitest";
import type { components } from "../../generated/openapi.js";

type Options = components["schemas"]["JapanPaymentOptions"];
type Request = components["schemas"]["JpoAuthorizationRequest"];
const names = {
  businessName: "我社",
  businessNameKatakana: "ワガシャ",
  businessNameAlphaNumeric: "A",
};

describe("generated types", () => {
  test("narrow japanPaymentOptions by paymentMethod", () => {
    expectTypeOf({
      paymentMethod: "61",
      installments: "12",
      ...names,
    } as const).toExtend<Options>();
    expectTypeOf({ paymentMethod: "80", ...names } as const).toExtend<Options>();
    // @ts-expect-error installments is required for 61
    const missing: Options = { paymentMethod: "61", ...names };
    // @ts-expect-error single payment (10) takes no installment count
    const extra: Options = { paymentMethod: "10", installments: "3", ...names };
    // bonuses are optional with 31, as in Cybersource's own example
    const bonusless: Options = { paymentMethod: "31", installments: "12", ...names };
    // @ts-expect-error the Simple Order code 4 is not a REST code
    const simpleOrder: Options = { paymentMethod: "4", installments: "12", ...names };
    void [missing, extra, bonusless, simpleOrder];
  });

  test("know the published example's misspelling as an unknown field", () => {
    const options: Options = {
      paymentMethod: "61",
      installments: "12",
      ...names,
      // @ts-expect-error firstBusinessMonth is not a field; it is firstBillingMonth
      firstBusinessMonth: "04",
    };
    void options;
  });

  test("make a card's number, the amount and the billing address required", () => {
    type Card = NonNullable<NonNullable<Request["paymentInformation"]>["card"]>;
    expectTypeOf<Card["number"]>().toEqualTypeOf<string>();
    expectTypeOf<Request["orderInformation"]["amountDetails"]["currency"]>().toEqualTypeOf<"JPY">();
    expectTypeOf<Request["orderInformation"]["billTo"]["email"]>().toEqualTypeOf<string>();
  });
});
