// The authorization request of the conformance suite. Web-standard globals only.
import type { JpoAuthorizationRequest } from "../../src/index.js";

/** The authentications the suite can authorize with. */
export type AuthName = "httpSignature" | "jwt";

/** A valid installment authorization (paymentMethod 61) of `amount` yen, sent as `transactionId`. */
export function installmentRequest(amount: string, transactionId: string): JpoAuthorizationRequest {
  return {
    clientReferenceInformation: { code: "CONFORMANCE-1", transactionId },
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
    paymentInformation: {
      card: {
        number: "4111111111111111",
        expirationMonth: "12",
        expirationYear: "2031",
        type: "001",
      },
    },
    processingInformation: {
      japanPaymentOptions: {
        paymentMethod: "61",
        installments: "12",
        businessName: "我社",
        businessNameKatakana: "ワガシャ",
        businessNameAlphaNumeric: "OurStore",
      },
    },
  };
}
