// examples/tokenized-checkout/: the merchant server (run as a Node process) and its page in
// headless Chromium. The card is typed into the mock's card field (another origin); the page
// gets a transient token and the server authorizes with it.
import { afterEach, describe, expect } from "vitest";
import { launchChromium } from "../runtimes/support/browser.js";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";
import { bundleExample, root, startExampleMock } from "./support/example.js";
import { startServer } from "./support/server.js";

const VISA = "4111111111111111";
const MASTERCARD = "5555555555554444";
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((close) => close()));
});

async function checkout(number: string) {
  const { mock, env } = await startExampleMock();
  const script = await bundleExample("tokenized-checkout/server.ts", "node");
  const server = await startServer(process.execPath, [script], {
    env: {
      ...process.env,
      ...env,
      HOST: "127.0.0.1",
      PORT: "0",
      CHECKOUT_PAGE: `${root}examples/tokenized-checkout/index.html`,
    },
    listening: (text) => /tokenized checkout listening on (http:\/\/\S+)\//u.exec(text)?.[1],
  });
  const browser = await launchChromium();
  cleanup.push(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.locator("#pay:not([disabled])").waitFor();
  const field = page.frameLocator("iframe").locator("#number");
  await field.fill(number);
  await page.frameLocator("iframe").locator("#securityCode").fill("123");
  await page.click("#pay");
  await page.locator("#status:not(:empty)").waitFor();
  return { mock, server, status: await page.locator("#status").textContent() };
}

describe("the tokenized checkout example", () => {
  runtimeTest(
    runtimes.chromium,
    "authorizes with a transient token, and the card number never reaches the merchant's server",
    async () => {
      const { mock, server, status } = await checkout(VISA);
      expect(status).toBe("AUTHORIZED");
      expect(mock.authorizations[0]?.cardSource.kind).toBe("transientToken");
      const log = server.output();
      expect(log).toMatch(/request POST \/pay \{"transientToken":"\[transient token\]"/u);
      expect(log).not.toContain(VISA);
      expect(log).not.toContain("411111");
    },
  );

  runtimeTest(
    runtimes.chromium,
    "cannot tokenize a Mastercard under the Visa-only capture context",
    async () => {
      const { mock, status } = await checkout(MASTERCARD);
      expect(status).toBe(
        "ERROR The card network MASTERCARD is not allowed by the capture context",
      );
      expect(mock.authorizations).toEqual([]);
    },
  );
});
