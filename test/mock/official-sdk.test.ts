// Drives Cybersource's official Node SDK (cybersource-rest-client, a dev dependency) through the
// mock: authorization, capture, reversal and timeout reversal, refunds, voids (by id and the timeout
// void), lookup and search, and payer authentication (enrollment check, validation), with HTTP
// Signature and with JWT.
// The SDK adds clientReferenceInformation.partner.developerId to every body and sends a numeric
// transactionId in its own samples; the mock must answer each as Cybersource would.
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startMockCybersource, type MockCybersource } from "../../src/mock/index.js";
import { OpenSslDir } from "../helpers/openssl.js";
import { keyId, merchantId, sharedSecret } from "./helpers/credentials.js";

const require = createRequire(import.meta.url);
const sdk = require("cybersource-rest-client") as Record<string, any>;

const serial = "7000123456789";
let dir: OpenSslDir;
let certificate: string;

beforeAll(() => {
  dir = new OpenSslDir();
  certificate = dir.keyAndCertificate("merchant", merchantId, serial).cert;
  dir.merchantP12(`${merchantId}.p12`, "secret", merchantId, serial, ["-legacy"]);
});
afterAll(() => dir.remove());

function configFor(mock: MockCybersource, mode: "http_signature" | "jwt") {
  const host = new URL(mock.url).host;
  const common = {
    runEnvironment: host,
    intermediateHost: mock.url,
    merchantID: merchantId,
    logConfiguration: { enableLog: false },
  };
  return mode === "http_signature"
    ? {
        ...common,
        authenticationType: "http_signature",
        merchantKeyId: keyId,
        merchantsecretKey: sharedSecret,
      }
    : {
        ...common,
        authenticationType: "jwt",
        keysDirectory: dir.path,
        keyFileName: merchantId,
        keyAlias: merchantId,
        keyPass: "secret",
      };
}

/** Calls an SDK method that takes a Node-style callback, resolving to its data or rejecting. */
function call(api: any, method: string, ...args: unknown[]): Promise<any> {
  return new Promise((resolve, reject) => {
    api[method](...args, (error: unknown, data: unknown) =>
      error ? reject(error) : resolve(data),
    );
  });
}

function jpoAuthorization(transactionId: string) {
  const request = new sdk.CreatePaymentRequest();
  request.clientReferenceInformation = Object.assign(
    new sdk.Ptsv2paymentsClientReferenceInformation(),
    { code: "ORDER-SDK-1", transactionId },
  );
  request.processingInformation = Object.assign(new sdk.Ptsv2paymentsProcessingInformation(), {
    japanPaymentOptions: Object.assign(
      new sdk.Ptsv2paymentsProcessingInformationJapanPaymentOptions(),
      {
        paymentMethod: "61",
        installments: "12",
        businessName: "我社",
        businessNameKatakana: "ワガシャ",
        businessNameAlphaNumeric: "OurStore",
      },
    ),
  });
  request.paymentInformation = {
    card: {
      number: "4111111111111111",
      expirationMonth: "12",
      expirationYear: "2031",
      type: "001",
    },
  };
  request.orderInformation = {
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
  };
  return request;
}

describe.each(["http_signature", "jwt"] as const)("the official Node SDK with %s", (mode) => {
  test("authorizes, captures, reverses and reverses by transaction id through the mock", async () => {
    const mock = await startMockCybersource({
      merchantId,
      keyId,
      sharedSecret,
      jwt: { certificate },
    });
    try {
      const config = configFor(mock, mode);
      const client = new sdk.ApiClient();
      const payments = new sdk.PaymentsApi(config, client);
      const captures = new sdk.CaptureApi(config, client);
      const reversals = new sdk.ReversalApi(config, client);

      const first = await call(payments, "createPayment", jpoAuthorization("SDK-TX-1"));
      expect(first.status).toBe("AUTHORIZED");
      const capture = new sdk.CapturePaymentRequest();
      capture.clientReferenceInformation = { code: "ORDER-SDK-1" };
      capture.orderInformation = { amountDetails: { totalAmount: "120000", currency: "JPY" } };
      capture.processingInformation = {
        japanPaymentOptions: Object.assign(
          new sdk.Ptsv2paymentsidcapturesProcessingInformationJapanPaymentOptions(),
          { paymentMethod: "61", installments: "12" },
        ),
      };
      expect((await call(captures, "capturePayment", capture, first.id)).status).toBe("PENDING");

      const second = await call(payments, "createPayment", jpoAuthorization("SDK-TX-2"));
      const reversal = new sdk.AuthReversalRequest();
      reversal.clientReferenceInformation = { code: "ORDER-SDK-1" };
      reversal.reversalInformation = { amountDetails: { totalAmount: "120000" }, reason: "34" };
      expect((await call(reversals, "authReversal", second.id, reversal)).status).toBe("REVERSED");

      const third = await call(payments, "createPayment", jpoAuthorization("123456789"));
      expect(third.status).toBe("AUTHORIZED");
      // Cybersource's timeout-reversal.js: a numeric transaction id, no currency, reason "testing".
      const timeout = new sdk.MitReversalRequest();
      timeout.clientReferenceInformation = { transactionId: 123456789 };
      timeout.reversalInformation = { amountDetails: { totalAmount: "120000" }, reason: "testing" };
      expect((await call(reversals, "mitReversal", timeout)).status).toBe("REVERSED");

      expect(mock.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
        "authorize 201",
        "capture 201",
        "authorize 201",
        "reverse 201",
        "authorize 201",
        "reverseTimedOut 201",
      ]);
      for (const record of mock.requests) {
        expect(record.body).toMatchObject({
          clientReferenceInformation: { partner: { developerId: expect.any(String) } },
        });
      }
      expect(mock.requests[0]?.body).toMatchObject({
        paymentInformation: { card: { number: "411111******1111" } },
      });
      expect(mock.requests[5]?.notes).toEqual([
        "clientReferenceInformation.transactionId: a JSON number, read as a string",
        "reversalInformation.reason: accepted, though it is not a documented value",
      ]);
      expect(mock.authorizations.map((a) => a.state)).toEqual(["CAPTURED", "REVERSED", "REVERSED"]);
    } finally {
      await mock.close();
    }
  });
});

describe.each(["http_signature", "jwt"] as const)(
  "the official SDK's refunds and voids with %s",
  (mode) => {
    test("refunds a capture, voids the refund, voids a capture by id and by transaction id, looks up", async () => {
      const mock = await startMockCybersource({
        merchantId,
        keyId,
        sharedSecret,
        jwt: { certificate },
      });
      try {
        const config = configFor(mock, mode);
        const client = new sdk.ApiClient();
        const payments = new sdk.PaymentsApi(config, client);
        const captures = new sdk.CaptureApi(config, client);
        const refunds = new sdk.RefundApi(config, client);
        const voids = new sdk.VoidApi(config, client);
        const details = new sdk.TransactionDetailsApi(config, client);
        const captureOf = async (transactionId: string, captureTransactionId: string) => {
          const auth = await call(payments, "createPayment", jpoAuthorization(transactionId));
          const capture = new sdk.CapturePaymentRequest();
          capture.clientReferenceInformation = {
            code: "ORDER-SDK-1",
            transactionId: captureTransactionId,
          };
          capture.orderInformation = { amountDetails: { totalAmount: "120000", currency: "JPY" } };
          capture.processingInformation = {
            japanPaymentOptions: { paymentMethod: "61", installments: "12" },
          };
          return call(captures, "capturePayment", capture, auth.id);
        };

        const captured = await captureOf("SDK-TX-11", "SDK-CAP-11");
        const refund = new sdk.RefundCaptureRequest();
        refund.clientReferenceInformation = { code: "ORDER-SDK-1" };
        refund.orderInformation = { amountDetails: { totalAmount: "5000", currency: "JPY" } };
        const refunded = await call(refunds, "refundCapture", refund, captured.id);
        expect(refunded.status).toBe("PENDING");
        const voidRequest = new sdk.VoidRefundRequest();
        voidRequest.clientReferenceInformation = { code: "test_void" };
        expect((await call(voids, "voidRefund", voidRequest, refunded.id)).status).toBe("VOIDED");
        const voidCapture = new sdk.VoidCaptureRequest();
        voidCapture.clientReferenceInformation = { code: "test_void" };
        expect((await call(voids, "voidCapture", voidCapture, captured.id)).status).toBe("VOIDED");

        const lost = await captureOf("SDK-TX-12", "SDK-CAP-12");
        const mitVoid = new sdk.MitVoidRequest();
        mitVoid.clientReferenceInformation = { transactionId: "SDK-CAP-12" };
        expect((await call(voids, "mitVoid", mitVoid)).status).toBe("VOIDED");

        const found = await call(details, "getTransaction", lost.id);
        expect(found).toMatchObject({ id: lost.id, status: "VOIDED" });
        const search = Object.assign(new sdk.CreateSearchRequest(), {
          save: false,
          name: "MRN",
          timezone: "America/Chicago",
          query: `id:${lost.id}`,
          offset: 0,
          limit: 100,
          sort: "id:asc,submitTimeUtc:asc",
        });
        const searches = new sdk.SearchTransactionsApi(config, client);
        const page = await call(searches, "createSearch", search);
        expect(page).toMatchObject({ totalCount: 1, count: 1 });
        expect(page._embedded.transactionSummaries[0].id).toBe(lost.id);

        const settledOnes = await captureOf("SDK-TX-13", "SDK-CAP-13");
        mock.settle();
        await expect(call(voids, "voidCapture", voidCapture, settledOnes.id)).rejects.toBeDefined();

        expect(mock.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
          "authorize 201",
          "capture 201",
          "refund 201",
          "void 201",
          "void 201",
          "authorize 201",
          "capture 201",
          "voidTimedOut 201",
          "getTransaction 200",
          "searchTransactions 201",
          "authorize 201",
          "capture 201",
          "void 400",
        ]);
        expect(mock.requests.at(-1)?.path).toBe(`/pts/v2/captures/${settledOnes.id}/voids`);
        expect(mock.voids.map((v) => [v.kind, v.timeout])).toEqual([
          ["refund", false],
          ["capture", false],
          ["capture", true],
        ]);
      } finally {
        await mock.close();
      }
    });
    test("checks enrollment and validates a challenge (PayerAuthenticationApi) through the mock", async () => {
      const mock = await startMockCybersource({
        merchantId,
        keyId,
        sharedSecret,
        jwt: { certificate },
      });
      try {
        const payerAuth = new sdk.PayerAuthenticationApi(
          configFor(mock, mode),
          new sdk.ApiClient(),
        );
        const enroll = (number: string) =>
          Object.assign(new sdk.CheckPayerAuthEnrollmentRequest(), {
            clientReferenceInformation: { code: "ORDER-SDK-3DS" },
            orderInformation: {
              amountDetails: { totalAmount: "120000", currency: "JPY" },
              billTo: jpoAuthorization("unused").orderInformation.billTo,
            },
            paymentInformation: {
              card: { number, expirationMonth: "12", expirationYear: "2031", type: "001" },
            },
          });
        const frictionless = await call(
          payerAuth,
          "checkPayerAuthEnrollment",
          enroll("4000000000002701"),
        );
        expect(frictionless.status).toBe("AUTHENTICATION_SUCCESSFUL");
        expect(frictionless.consumerAuthenticationInformation.eci).toBe("05");
        const pending = await call(
          payerAuth,
          "checkPayerAuthEnrollment",
          enroll("4000000000002503"),
        );
        expect(pending.status).toBe("PENDING_AUTHENTICATION");
        const id = pending.consumerAuthenticationInformation.authenticationTransactionId as string;
        mock.completeChallenge(id, "pass");
        const validate = Object.assign(new sdk.ValidateRequest(), {
          clientReferenceInformation: { code: "ORDER-SDK-3DS" },
          orderInformation: { amountDetails: { totalAmount: "120000", currency: "JPY" } },
          paymentInformation: {
            card: {
              number: "4000000000002503",
              expirationMonth: "12",
              expirationYear: "2031",
              type: "001",
            },
          },
          consumerAuthenticationInformation: { authenticationTransactionId: id },
        });
        const validated = await call(payerAuth, "validateAuthenticationResults", validate);
        expect(validated.status).toBe("AUTHENTICATION_SUCCESSFUL");
        expect(validated.consumerAuthenticationInformation.indicator).toBe("vbv");
        expect(mock.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
          "checkPayerAuthEnrollment 201",
          "checkPayerAuthEnrollment 201",
          "validateAuthenticationResults 201",
        ]);
        expect(mock.requests.flatMap((r) => r.notes)).toEqual([]);
      } finally {
        await mock.close();
      }
    });
  },
);
