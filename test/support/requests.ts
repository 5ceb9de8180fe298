// The JPO request the tests, the runtime matrix and the bench send. Types only: this module runs
// unchanged in every runtime of the matrix.
import type {
  CardNumberSource,
  JpoAuthorizationRequest,
} from "../../src/payments/request-types.js";

/** A cardholder's billing address in Tokyo. */
export const billTo = {
  firstName: "Taro",
  lastName: "Yamada",
  address1: "1-1-1 Marunouchi",
  locality: "Chiyoda-ku",
  administrativeArea: "Tokyo",
  postalCode: "100-0005",
  country: "JP",
  email: "taro@example.jp",
} as const;

/** A valid installment authorization (paymentMethod 61) of `amount` yen, fresh on every call. */
export function installmentRequest(
  amount = "120000",
  code = "ORDER-1",
): JpoAuthorizationRequest & CardNumberSource {
  return {
    clientReferenceInformation: { code },
    orderInformation: {
      amountDetails: { totalAmount: amount, currency: "JPY" },
      billTo: { ...billTo },
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
