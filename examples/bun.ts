// A Bun script: authorizes a bonus-with-installments payment (ボーナス併用払い, paymentMethod 31):
// 10 monthly installments plus two bonus payments, in July and December. It signs with a JWT from
// the Business Center's P12 file when CYBERSOURCE_P12_PATH is set, else with the shared secret.
//
//   CYBERSOURCE_ENVIRONMENT   "test" (default), "production", or a base URL such as the mock's
//   CYBERSOURCE_MERCHANT_ID and either CYBERSOURCE_P12_PATH + CYBERSOURCE_P12_PASSWORD
//   or CYBERSOURCE_KEY_ID + CYBERSOURCE_SHARED_SECRET
//
//   bun add cybersource-jpo && bun run examples/bun.ts
import { createJpoClient, isCybersourceJpoError } from "cybersource-jpo";
import { jwtAuth } from "cybersource-jpo/p12";

// The part of Bun's API this script uses, so that it type-checks without Bun's types.
declare const Bun: {
  readonly env: Readonly<Record<string, string | undefined>>;
  file(path: string): { bytes(): Promise<Uint8Array> };
};
declare const process: { exitCode: number | undefined };

const merchantId = Bun.env["CYBERSOURCE_MERCHANT_ID"] ?? "";
const p12Path = Bun.env["CYBERSOURCE_P12_PATH"];
const auth = p12Path
  ? jwtAuth({
      merchantId,
      p12: await Bun.file(p12Path).bytes(),
      password: Bun.env["CYBERSOURCE_P12_PASSWORD"] ?? "",
    })
  : jwtAuth({
      merchantId,
      keyId: Bun.env["CYBERSOURCE_KEY_ID"] ?? "",
      sharedSecret: Bun.env["CYBERSOURCE_SHARED_SECRET"] ?? "",
    });
// Opens the key now: a wrong password or file fails here, not in the middle of a payment.
await auth.ready();

const client = createJpoClient({
  environment: Bun.env["CYBERSOURCE_ENVIRONMENT"] ?? "test",
  auth,
});

try {
  const result = await client.authorize({
    clientReferenceInformation: { code: "ORDER-BUN-1" },
    orderInformation: {
      amountDetails: { totalAmount: "300000", currency: "JPY" },
      billTo: {
        firstName: "Ichiro",
        lastName: "Sato",
        address1: "3-3-3 Sakae",
        locality: "Naka-ku",
        administrativeArea: "Aichi",
        postalCode: "460-0008",
        country: "JP",
        email: "ichiro@example.jp",
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
        paymentMethod: "31",
        installments: "10",
        firstBillingMonth: "01",
        bonuses: [
          { month: "07", amount: "50000" },
          { month: "12", amount: "50000" },
        ],
        businessName: "我社",
        businessNameKatakana: "ワガシャ",
        businessNameAlphaNumeric: "OurStore",
      },
    },
  });
  console.log(
    `${result.status} ${result.requestedAmount} yen, transaction ${result.transactionId}`,
  );
  if (result.status === "AUTHORIZED") {
    const capture = await result.capture();
    console.log(`captured ${capture.amount} yen: ${capture.status}`);
  }
} catch (error) {
  console.log(isCybersourceJpoError(error) ? `${error.code}: ${error.message}` : String(error));
  process.exitCode = 1;
}
