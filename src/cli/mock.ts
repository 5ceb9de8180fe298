import { formatScenarioTable, startMockCybersource, type MockCybersource } from "../mock/index.js";
import { throwawayCredentials } from "./credentials.js";
import { portFlag, stringFlag, type Flags } from "./input.js";
import type { Printer } from "./printer.js";
import { formatAuthenticationTable } from "./test-cards.js";

const loopback = new Set(["127.0.0.1", "localhost", "::1"]);

/** `mock`: starts the mock and prints its URL and credentials; the caller keeps it running. */
export async function mockCommand(flags: Flags, print: Printer): Promise<MockCybersource> {
  const random = throwawayCredentials();
  const credentials = {
    merchantId: stringFlag(flags, "merchant-id") ?? random.merchantId,
    keyId: stringFlag(flags, "key-id") ?? random.keyId,
    sharedSecret: stringFlag(flags, "shared-secret") ?? random.sharedSecret,
  };
  const host = stringFlag(flags, "host") ?? "127.0.0.1";
  const port = portFlag(flags);
  // The mock itself refuses any other host unless told, as here, that exposing it is meant.
  const exposed = !loopback.has(host) && !/^127\./.test(host);
  if (exposed) {
    print.err(
      `warning: --host ${host} makes the mock reachable from other machines. It is a test ` +
        "server with throwaway credentials that approves any Visa test card: never expose it " +
        "outside a test or container network.",
    );
  }
  const mock = await startMockCybersource({
    ...credentials,
    port,
    host,
    allowNonLoopbackHost: exposed,
  });
  print.document({ url: mock.url, ...credentials });
  print.out(`mock Cybersource listening on ${mock.url}`);
  print.out(`  merchant id    ${credentials.merchantId}\n  key id         ${credentials.keyId}`);
  print.out(`  shared secret  ${credentials.sharedSecret}   (throwaway; valid for this mock only)`);
  print.out(
    "\nto send it requests from another shell:\n" +
      `  export CYBERSOURCE_MERCHANT_ID=${credentials.merchantId} CYBERSOURCE_KEY_ID=${credentials.keyId} CYBERSOURCE_SHARED_SECRET=${credentials.sharedSecret}\n` +
      `  cybersource-jpo authorize --amount 60000 --installments 6 --url ${mock.url}`,
  );
  print.out(`\nscenarios by amount:\n${formatScenarioTable()}`);
  print.out(`\n3-D Secure test cards (actionList CONSUMER_AUTHENTICATION):`);
  print.out(`${formatAuthenticationTable()}\nstop with Ctrl+C`);
  return mock;
}
