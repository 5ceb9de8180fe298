// examples/checkout/: the merchant server (a Node process) and its page in headless Chromium,
// against the mock. The card is typed into the mock's card field (another origin); the page runs
// device data collection and, for a challenge card, the mock issuer's challenge in an iframe.
// Every step is photographed into .artifacts/checkout/.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterEach, describe, expect } from "vitest";
import type { MockCybersource } from "../../src/mock/index.js";
import { launchChromium } from "../runtimes/support/browser.js";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";
import { distinctGlyphs } from "../support/glyphs.js";
import { bundleExample, root, startExampleMock } from "./support/example.js";
import { startServer, type RunningServer } from "./support/server.js";

const FRICTIONLESS = "4000000000002701";
const CHALLENGE = "4000000000002503";
const shots = `${root}.artifacts/checkout/`;
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((close) => close()));
});

interface Checkout {
  readonly mock: MockCybersource;
  readonly server: RunningServer;
  readonly page: Page;
  shot(name: string): Promise<void>;
}

/** The mock, the example's server and its page in Chromium, ready to pay. */
async function openCheckout(prefix: string, query = ""): Promise<Checkout> {
  const { mock, env } = await startExampleMock();
  const script = await bundleExample("checkout/server.ts", "node");
  const server = await startServer(process.execPath, [script], {
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: "0" },
    listening: (text) => /checkout listening on (http:\/\/\S+)\//u.exec(text)?.[1],
  });
  const browser = await launchChromium();
  cleanup.push(() => browser.close());
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1100, height: 860 });
  await page.goto(`${server.url}/${query}`);
  await page.locator("#pay:not([disabled])").waitFor();
  await page.frameLocator("#card-number iframe").locator("#number").waitFor();
  mkdirSync(shots, { recursive: true });
  const shot = async (name: string) =>
    void (await page.screenshot({ path: `${shots}${prefix}-${name}.png`, fullPage: true }));
  return { mock, server, page, shot };
}

async function typeCard(page: Page, number: string): Promise<void> {
  const field = page.frameLocator("#card-number iframe");
  await field.locator("#number").fill(number);
  await field.locator("#securityCode").fill("123");
}

/** The result's fields, by `data-field`. */
async function resultFields(page: Page): Promise<Record<string, string>> {
  await page.locator("#result:not([hidden])").waitFor({ timeout: 20_000 });
  return page
    .locator("#details dd")
    .evaluateAll((cells) =>
      Object.fromEntries(cells.map((dd) => [(dd as HTMLElement).dataset["field"], dd.textContent])),
    );
}

/** The mock's journal as `operation [actions]`, without the card field's own requests. */
function journal(mock: MockCybersource): string[] {
  return mock.requests
    .filter((record) => record.operation !== "none")
    .map((record) => {
      const body = record.body as { processingInformation?: { actionList?: string[] } };
      const actions = body?.processingInformation?.actionList;
      return actions === undefined ? record.operation : `${record.operation} ${actions.join(",")}`;
    });
}

function expectNoCardNumber(server: RunningServer, number: string): void {
  const log = server.output();
  expect(log).toMatch(/request POST \/setup \{"transientToken":"\[transient token\]"/u);
  expect(log).not.toContain(number);
  expect(log).not.toContain(number.slice(0, 6));
}

describe("the checkout example", () => {
  runtimeTest(
    runtimes.chromium,
    "pays 分割 3回 with a frictionless card, in Japanese with CJK glyphs, and never sees the card number",
    async () => {
      const { mock, server, page, shot } = await openCheckout("1-frictionless");
      expect(await page.getAttribute("html", "lang")).toBe("ja");
      expect(await page.locator("#form-panel h1").textContent()).toBe("お支払い");
      const family = await page
        .locator("h1")
        .first()
        .evaluate((h) => getComputedStyle(h).fontFamily);
      expect(family).toContain("Noto Sans CJK JP");
      expect(await distinctGlyphs(page, "分割払い", family)).toBe(4);
      await shot("1-page-ja");
      await page.click("button[data-lang=en]");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await page.locator("#form-panel h1").textContent()).toBe("Checkout");
      await shot("2-page-en");
      await page.click("button[data-lang=ja]");
      await typeCard(page, FRICTIONLESS);
      await page.check("input[name=option][value='61']");
      await page.selectOption("#count", "3");
      await shot("3-card-and-option");
      await page.click("#pay");
      const fields = await resultFields(page);
      await shot("4-result");
      expect(fields).toMatchObject({
        status: "AUTHORIZED",
        approvalCode: "123456",
        amount: "￥120,000",
        method: "分割払い 3回",
        plan: "3回払い: ￥40,000 × 3回 (翌月から・目安)",
        eci: "05 (認証済み)",
      });
      expect(fields["salesSlip"]).toMatch(/^\d+$/u);
      expect(await page.locator("#result-title").textContent()).toBe("ご注文ありがとうございます");
      expect(journal(mock)).toEqual([
        "createCaptureContext",
        "setupPayerAuthentication",
        "authorize CONSUMER_AUTHENTICATION",
      ]);
      const sent = mock.requests.find((r) => r.operation === "authorize")?.body as {
        processingInformation: { japanPaymentOptions: Record<string, string> };
        deviceInformation: Record<string, unknown>;
        consumerAuthenticationInformation: Record<string, string>;
      };
      expect(sent.processingInformation.japanPaymentOptions).toMatchObject({
        paymentMethod: "61",
        installments: "3",
      });
      expect(sent.deviceInformation).toMatchObject({
        ipAddress: "127.0.0.1",
        httpBrowserJavaScriptEnabled: true,
        httpBrowserScreenWidth: expect.stringMatching(/^\d+$/u),
        userAgentBrowserValue: expect.stringContaining("Chrome"),
      });
      expect(sent.consumerAuthenticationInformation["returnUrl"]).toBe(`${server.url}/3ds/return`);
      expect(mock.authorizations[0]?.cardSource.kind).toBe("transientToken");
      expectNoCardNumber(server, FRICTIONLESS);
    },
  );

  runtimeTest(
    runtimes.chromium,
    "pays with a challenge card when the buyer passes the challenge in the iframe (in English)",
    async () => {
      const { mock, server, page, shot } = await openCheckout("2-challenge-pass", "?lang=en");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      await typeCard(page, CHALLENGE);
      await shot("1-card");
      await page.click("#pay");
      const issuer = page.frameLocator("iframe[name=step-up]");
      await issuer.locator("#pass").waitFor({ timeout: 20_000 });
      await shot("2-challenge");
      await issuer.locator("#pass").click();
      const fields = await resultFields(page);
      await shot("3-result");
      expect(fields).toMatchObject({
        status: "AUTHORIZED",
        approvalCode: "123456",
        method: "Single payment",
        plan: "One payment next month",
        eci: "05 (authenticated)",
      });
      expect(await page.locator("#result-title").textContent()).toBe("Thank you for your order");
      expect(journal(mock)).toEqual([
        "createCaptureContext",
        "setupPayerAuthentication",
        "authorize CONSUMER_AUTHENTICATION",
        "authorize VALIDATE_CONSUMER_AUTHENTICATION",
      ]);
      expect(mock.requests.filter((r) => r.operation === "authorize").map((r) => r.status)).toEqual(
        [201, 201],
      );
      expect(mock.authorizations.map((a) => a.status)).toEqual(["AUTHORIZED"]);
      expectNoCardNumber(server, CHALLENGE);
    },
  );

  runtimeTest(
    runtimes.chromium,
    "shows that authentication failed when the buyer fails the challenge, and authorizes nothing",
    async () => {
      const { mock, server, page, shot } = await openCheckout("3-challenge-fail");
      await typeCard(page, CHALLENGE);
      await page.check("input[name=option][value='21']");
      expect(await page.locator("#count-row").isHidden()).toBe(true);
      await page.click("#pay");
      const issuer = page.frameLocator("iframe[name=step-up]");
      await issuer.locator("#fail").waitFor({ timeout: 20_000 });
      await shot("1-challenge");
      await issuer.locator("#fail").click();
      const fields = await resultFields(page);
      await shot("2-result");
      expect(await page.locator("#result-title").textContent()).toBe("お支払いできませんでした");
      expect(await page.locator("#result-lead").textContent()).toContain("本人認証に失敗しました");
      expect(fields).toMatchObject({ status: "DECLINED", eci: "07 (認証なし)" });
      expect(fields["approvalCode"]).toBeUndefined();
      expect(journal(mock)).toEqual([
        "createCaptureContext",
        "setupPayerAuthentication",
        "authorize CONSUMER_AUTHENTICATION",
        "authorize VALIDATE_CONSUMER_AUTHENTICATION",
      ]);
      expect(mock.authorizations).toEqual([]);
      expectNoCardNumber(server, CHALLENGE);
    },
  );
});
