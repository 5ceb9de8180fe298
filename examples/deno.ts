// A Deno script: authorizes a bonus payment (ボーナス一括払い, paymentMethod 21), the whole amount
// billed with the cardholder's summer bonus in July, captures it, and prints the outcome as JSON.
//
//   deno run --allow-net=apitest.cybersource.com --allow-env=CYBERSOURCE_ENVIRONMENT,\
//     CYBERSOURCE_MERCHANT_ID,CYBERSOURCE_KEY_ID,CYBERSOURCE_SHARED_SECRET examples/deno.ts 48000
//
// with "cybersource-jpo": "npm:cybersource-jpo@^0.1" in deno.json's "imports".
import { createJpoClient, isCybersourceJpoError, jwtAuth } from "cybersource-jpo";

// The part of Deno's namespace this script uses, so that it type-checks without Deno's types.
declare const Deno: {
  readonly args: readonly string[];
  readonly env: { get(name: string): string | undefined };
  exit(code: number): never;
};

const setting = (name: string): string => {
  const value = Deno.env.get(name);
  if (value === undefined || value === "") throw new Error(`${name} is not set`);
  return value;
};

const client = createJpoClient({
  environment: Deno.env.get("CYBERSOURCE_ENVIRONMENT") ?? "test",
  auth: jwtAuth({
    merchantId: setting("CYBERSOURCE_MERCHANT_ID"),
    keyId: setting("CYBERSOURCE_KEY_ID"),
    sharedSecret: setting("CYBERSOURCE_SHARED_SECRET"),
  }),
});

try {
  const result = await client.authorize({
    orderInformation: {
      amountDetails: { totalAmount: Deno.args[0] ?? "48000", currency: "JPY" },
      billTo: {
        firstName: "Hanako",
        lastName: "Suzuki",
        address1: "2-2-2 Umeda",
        locality: "Kita-ku",
        administrativeArea: "Osaka",
        postalCode: "530-0001",
        country: "JP",
        email: "hanako@example.jp",
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
        paymentMethod: "21",
        bonuses: [{ month: "07", amount: Deno.args[0] ?? "48000" }],
        businessName: "我社",
        businessNameKatakana: "ワガシャ",
        businessNameAlphaNumeric: "OurStore",
      },
    },
  });
  const capture = result.status === "AUTHORIZED" ? await result.capture() : undefined;
  console.log(
    JSON.stringify({
      status: result.status,
      transactionId: result.transactionId,
      paymentId: result.id,
      captured: capture?.amount ?? null,
      reason: "errorReason" in result ? result.errorReason : null,
    }),
  );
} catch (error) {
  // A validation error lists every problem; an unknown outcome must be reversed (see
  // examples/handle-every-outcome.ts).
  const code = isCybersourceJpoError(error) ? error.code : "UNEXPECTED";
  console.log(JSON.stringify({ status: "ERROR", code, message: String(error) }));
  Deno.exit(1);
}
