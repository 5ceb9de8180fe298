// `checkout`: the checkout page of examples/checkout/ (card field, JPO options, 3-D Secure) on
// loopback, against an embedded mock with throwaway credentials, until Ctrl+C.
import { startCheckoutServer } from "../../examples/checkout/app.js";
import { createJpoClient, httpSignatureAuth } from "../index.js";
import { startMockCybersource } from "../mock/index.js";
import { throwawayCredentials } from "./credentials.js";
import { CliInputError, portFlag, type Flags } from "./input.js";
import type { Printer } from "./printer.js";
import { formatAuthenticationTable } from "./test-cards.js";

/** The running page and mock; the caller stops them. */
export interface RunningCheckout {
  /** The checkout page, e.g. `http://127.0.0.1:3000/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the mock and the checkout's merchant server; prints the URL and the test cards. */
export async function checkoutCommand(flags: Flags, print: Printer): Promise<RunningCheckout> {
  if (flags["host"] !== undefined) {
    throw new CliInputError(["--host: the checkout serves 127.0.0.1 only (a test page)."]);
  }
  const port = portFlag(flags);
  const credentials = throwawayCredentials();
  const mock = await startMockCybersource(credentials);
  const client = createJpoClient({
    environment: mock.url,
    auth: httpSignatureAuth(credentials),
    verifyTransientTokens: true,
  });
  const server = await startCheckoutServer({ client, port, log: (line) => print.out(line) }).catch(
    async (error: unknown) => {
      await mock.close();
      throw error;
    },
  );
  const url = `${server.url}/`;
  print.document({ url, mockUrl: mock.url });
  print.out(`checkout page  ${url}   (English: ${url}?lang=en)`);
  print.out(`mock Cybersource  ${mock.url}   (throwaway credentials)`);
  print.out(
    "\npay with any Visa test card, e.g. 4111111111111111, any future expiry and CVV; " +
      "these choose the 3-D Secure outcome:",
  );
  print.out(`${formatAuthenticationTable()}\nstop with Ctrl+C`);
  return {
    url,
    close: async () => {
      await server.close();
      await mock.close();
    },
  };
}
