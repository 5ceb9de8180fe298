import { formatScenarioTable, startMockCybersource } from "../mock/index.js";
import { throwawayCredentials } from "./credentials.js";
import { demoRequest } from "./demo.js";
import { describeResult, installmentPlan } from "./format.js";
import { openSession } from "./session.js";

type Out = (text: string) => void;

/** `mock`: runs the mock until the process is stopped, printing its URL and credentials. */
export async function mockCommand(flags: Record<string, string | boolean | undefined>, out: Out) {
  const random = throwawayCredentials();
  const credentials = {
    merchantId: String(flags["merchant-id"] ?? random.merchantId),
    keyId: String(flags["key-id"] ?? random.keyId),
    sharedSecret: String(flags["shared-secret"] ?? random.sharedSecret),
  };
  const mock = await startMockCybersource({
    ...credentials,
    port: Number(flags["port"] ?? 0),
    host: String(flags["host"] ?? "127.0.0.1"),
  });
  out(`mock Cybersource listening on ${mock.url}`);
  out(`  merchant id    ${credentials.merchantId}\n  key id         ${credentials.keyId}`);
  out(`  shared secret  ${credentials.sharedSecret}   (throwaway; valid for this mock only)`);
  out(`\nscenarios by amount:\n${formatScenarioTable()}\nstop with Ctrl+C`);
  return mock;
}

/** `authorize`: sends one JPO authorization (to a fresh mock unless --live) and prints the result. */
export async function authorizeCommand(
  flags: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
  out: Out,
) {
  const amount = String(flags["amount"] ?? "120000");
  const installments = String(flags["installments"] ?? "12");
  const method = String(flags["payment-method"] ?? "61");
  const request = demoRequest(amount);
  request.processingInformation.japanPaymentOptions = installmentsFor(method, installments);
  const session = await openSession({ live: flags["live"] === true, env });
  try {
    const result = await session.client.authorize(request);
    out(describeResult(result));
    const options = request.processingInformation.japanPaymentOptions;
    const month = "firstBillingMonth" in options ? options.firstBillingMonth : undefined;
    if ("installments" in options && options.installments !== undefined) {
      out(
        `  plan (estimate)    ${installmentPlan(Number(result.requestedAmount), Number(options.installments), month ?? "(next month)")}`,
      );
    }
  } finally {
    await session.close();
  }
}

function installmentsFor(method: string, installments: string) {
  const names = {
    businessName: "我社",
    businessNameKatakana: "ワガシャ",
    businessNameAlphaNumeric: "OurStore",
  };
  if (method === "61") return { paymentMethod: "61" as const, installments, ...names };
  if (method === "10" || method === "80") return { paymentMethod: method, ...names } as const;
  throw new Error(
    `--payment-method ${method}: this command sends 10, 61 or 80; use the SDK for bonus payments.`,
  );
}
