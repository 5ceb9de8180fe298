import { describe, expectTypeOf, test } from "vitest";
import { createJpoClient } from "../src/client.js";
import { httpSignatureAuth } from "../src/auth/http-signature.js";
import type { AuthorizationResult } from "../src/payments/index.js";
import { installmentRequest } from "./support/requests.js";

const client = createJpoClient({
  environment: "test",
  auth: httpSignatureAuth({ merchantId: "m", keyId: "k", sharedSecret: "c2VjcmV0" }),
});
const base = installmentRequest();
const names = {
  businessName: "我社",
  businessNameKatakana: "ワガシャ",
  businessNameAlphaNumeric: "A",
};

describe("authorize's types", () => {
  test("accept a JPO request and resolve to the result union", () => {
    expectTypeOf(client.authorize(base)).resolves.toEqualTypeOf<AuthorizationResult>();
  });

  test("reject a payment method code that is not a REST JPO code", () => {
    void client.authorize({
      ...base,
      processingInformation: {
        // @ts-expect-error "4" is a Simple Order code, not a REST JPO code
        japanPaymentOptions: { paymentMethod: "4", installments: "12", ...names },
      },
    });
  });

  test("reject installments with the payment method that takes none", () => {
    void client.authorize({
      ...base,
      processingInformation: {
        // @ts-expect-error single payment (10) takes no installment count
        japanPaymentOptions: { paymentMethod: "10", installments: "3", ...names },
      },
    });
  });

  test("take installments and a first billing month with revolving, as Cybersource's example", () => {
    void client.authorize({
      ...base,
      processingInformation: {
        japanPaymentOptions: {
          paymentMethod: "80",
          installments: "12",
          firstBillingMonth: "05",
          ...names,
        },
      },
    });
  });

  test("reject unknown fields, such as the published example's firstBusinessMonth", () => {
    void client.authorize({
      ...base,
      processingInformation: {
        japanPaymentOptions: {
          paymentMethod: "61",
          installments: "12",
          ...names,
          // @ts-expect-error the field is firstBillingMonth
          firstBusinessMonth: "04",
        },
      },
    });
  });

  test("reject a currency other than yen", () => {
    void client.authorize({
      ...base,
      orderInformation: {
        ...base.orderInformation,
        // @ts-expect-error JPO payments are in yen
        amountDetails: { totalAmount: "100", currency: "USD" },
      },
    });
  });
});

describe("the result union", () => {
  test("offers capture() only on approvals and errorReason only where there is one", async () => {
    const result = await client.authorize(base);
    if (result.status === "AUTHORIZED") {
      expectTypeOf(result.capture).toBeFunction();
      expectTypeOf(result.id).toEqualTypeOf<string>();
    }
    if (result.status === "DECLINED") {
      // @ts-expect-error nothing to capture after a decline
      void result.capture;
      expectTypeOf(result.errorReason).toExtend<string | undefined>();
    }
  });
});

describe("the payment's life as a typed chain", () => {
  test("a capture offers refund and void; a pending refund offers void; a declined one nothing", async () => {
    const result = await client.authorize(base);
    if (result.status !== "AUTHORIZED") return;
    const capture = await result.capture();
    expectTypeOf(capture.refund).toBeFunction();
    expectTypeOf(capture.void).toBeFunction();
    expectTypeOf(capture.transactionId).toEqualTypeOf<string>();
    const refund = await capture.refund({ amount: "1000" });
    if (refund.status === "PENDING") {
      expectTypeOf(refund.void).toBeFunction();
      expectTypeOf(refund.toStoredRefund().id).toEqualTypeOf<string>();
    } else {
      expectTypeOf(refund.status).toEqualTypeOf<"DECLINED">();
      // @ts-expect-error a declined refund moved no money: there is nothing to void
      void refund.void;
    }
  });

  test("client.void takes only the kinds Cybersource voids by id", () => {
    // @ts-expect-error a sale is voided by its capture, not as a "payment"
    void client.void({ kind: "payment", id: "1" });
  });

  test("a lookup is discriminated by found", async () => {
    const found = await client.getTransaction("1");
    if (found.found)
      expectTypeOf(found.japanPaymentOptions?.numberOfInstallments).toEqualTypeOf<
        string | undefined
      >();
    else expectTypeOf(found.status).toEqualTypeOf<"NOT_FOUND_YET">();
  });
});
