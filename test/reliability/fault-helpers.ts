// Helpers of the fault-injection tests: a check that every handle is released and nothing went
// unhandled, a plain local HTTP server, and the mock with a chosen slow-response delay.
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockCybersource } from "../../src/mock/index.js";
import { installmentRequest, mutable } from "../support/requests.js";
import {
  activeResources,
  expectResourcesBack,
  keyId,
  merchantId,
  NOW,
  sharedSecret,
  watchUnhandledRejections,
} from "./support.js";

type Closable = { close(): Promise<void> };

/**
 * Registers the file's unhandled-rejection watch and returns `checked(body)`: it runs `body`,
 * closes what `body` opened, then checks that handles are back to where they were and that no
 * rejection went unhandled. Call once at the top level of a test file.
 */
export function faultChecks() {
  const rejections = watchUnhandledRejections();
  return async function checked(body: (open: <T extends Closable>(it: T) => T) => Promise<void>) {
    const baseline = activeResources();
    const opened: Closable[] = [];
    try {
      await body((it) => (opened.push(it), it));
    } finally {
      await Promise.all(opened.map((it) => it.close()));
    }
    await expectResourcesBack(baseline);
    await rejections.expectNone();
  };
}

/** The mock with the suite's credentials, answering the 5065 scenario after `slowResponseMs`. */
export const mock = (slowResponseMs = 5_000) =>
  startMockCybersource({ merchantId, keyId, sharedSecret, now: () => NOW, slowResponseMs });

/** A plain HTTP server on 127.0.0.1 answering with `listener`, counting requests. */
export async function localServer(listener: RequestListener) {
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    request.resume().on("end", () => listener(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The installment request for `amount` yen: the mock picks its scenario by amount. */
export const forAmount = (amount: string) => {
  const request = mutable(installmentRequest());
  request.orderInformation.amountDetails.totalAmount = amount;
  return request;
};

/** What `promise` rejects with, or `"resolved"`. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: unknown) => e,
  );
