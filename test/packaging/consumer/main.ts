// A consumer of the packed tarball: type-checked by the packaging test with moduleResolution
// "bundler" and "node16", then run. It prints one JSON line for the test to check.
import {
  AuthConfigError,
  createJpoClient,
  httpSignatureAuth,
  validateJpoAuthorization,
  type AuthorizationResult,
  type JpoAuthorizationRequest,
  type PaymentMethodCode,
} from "cybersource-jpo";
import { jwtAuth } from "cybersource-jpo/p12";
import { startMockCybersource } from "cybersource-jpo/mock";

const merchantId = "consumer_merchant";
const keyId = "00000000-0000-4000-8000-000000000002";
const sharedSecret = btoa("throwaway-secret-for-packaging-1");

const request: JpoAuthorizationRequest = {
  clientReferenceInformation: { code: "PACKAGING-1" },
  orderInformation: {
    amountDetails: { totalAmount: "5000", currency: "JPY" },
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

// @ts-expect-error 99 is no JPO payment method: the shipped types must know the codes.
const wrongMethod: PaymentMethodCode = "99";

const mock = await startMockCybersource({ merchantId, keyId, sharedSecret });
try {
  const client = createJpoClient({
    environment: mock.url,
    auth: httpSignatureAuth({ merchantId, keyId, sharedSecret }),
  });
  const result: AuthorizationResult = await client.authorize(request);
  console.log(
    JSON.stringify({
      status: result.status,
      recorded: mock.authorizations.length,
      problems: validateJpoAuthorization(request).length,
      jwtAuth: typeof jwtAuth,
      // One class whichever entry throws it: the entries share their chunks.
      sharedErrors: sharedErrorClass(),
      wrongMethod: wrongMethod !== undefined,
    }),
  );
} finally {
  await mock.close();
}

/** Whether the p12 entry's configuration error is the root entry's `AuthConfigError`. */
function sharedErrorClass(): boolean {
  try {
    jwtAuth({ merchantId, p12: new Uint8Array(1), password: "" });
    return false;
  } catch (error) {
    return error instanceof AuthConfigError;
  }
}
