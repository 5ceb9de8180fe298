// Request bodies for the mock's tests: a valid JPO installment authorization and follow-ups.
let counter = 0;

/** A fresh transaction id, unique within the test run. */
export function newTransactionId(): string {
  counter += 1;
  return `TX-MOCK-${process.pid}-${counter}`;
}

/** A JSON body that tests may change freely (loosely typed on purpose). */
export type JsonBody = { [key: string]: any };

/** A valid installment (61) authorization of `amount` yen with a fresh transaction id. */
export function authorization(amount = "120000", transactionId = newTransactionId()): JsonBody {
  return {
    clientReferenceInformation: { code: "ORDER-1", transactionId },
    processingInformation: {
      japanPaymentOptions: {
        paymentMethod: "61",
        installments: "12",
        firstBillingMonth: "04",
        businessName: "我社",
        businessNameKatakana: "ワガシャ",
        businessNameAlphaNumeric: "OurStore",
      },
    },
    paymentInformation: {
      card: {
        number: "4111111111111111",
        expirationMonth: "12",
        expirationYear: "2031",
        type: "001",
        securityCode: "123",
      },
    },
    orderInformation: {
      amountDetails: { totalAmount: amount, currency: "JPY" },
      billTo: {
        firstName: "Taro",
        lastName: "Yamada",
        address1: "1-1-1 Marunouchi",
        locality: "Chiyoda-ku",
        administrativeArea: "Tokyo",
        postalCode: "100-0005",
        country: "JP",
        email: "taro@example.jp",
      },
    },
  };
}

/** A capture of `amount` yen. */
export function capture(amount: string) {
  return {
    clientReferenceInformation: { code: "ORDER-1" },
    orderInformation: { amountDetails: { totalAmount: amount, currency: "JPY" } },
    processingInformation: { japanPaymentOptions: { paymentMethod: "61", installments: "12" } },
  };
}

/** A reversal by id of `amount` yen. */
export function reversal(amount: string) {
  return {
    clientReferenceInformation: { code: "ORDER-1" },
    reversalInformation: {
      amountDetails: { totalAmount: amount, currency: "JPY" },
      reason: "test",
    },
  };
}

/** A timeout reversal of the authorization sent with `transactionId`. */
export function timeoutReversal(transactionId: string, amount: string) {
  return {
    clientReferenceInformation: { transactionId },
    reversalInformation: {
      amountDetails: { totalAmount: amount, currency: "JPY" },
      reason: "timeout",
    },
    orderInformation: { amountDetails: { currency: "JPY" } },
  };
}
