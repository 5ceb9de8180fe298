import type { JpoAuthorizationRequest } from "../../src/request-types.js";

/** A valid installment authorization (paymentMethod 61), fresh on every call. */
export function installmentRequest(): JpoAuthorizationRequest {
  return {
    clientReferenceInformation: { code: "ORDER-1" },
    orderInformation: {
      amountDetails: { totalAmount: "120000", currency: "JPY" },
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

/** A deep copy of `request` as a plain mutable object, for breaking it on purpose. */
export function mutable(request: JpoAuthorizationRequest = installmentRequest()): any {
  return structuredClone(request);
}
