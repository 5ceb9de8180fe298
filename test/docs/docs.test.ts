// docs/index.html in headless Chromium with the network cut off: the reference must render
// from the file alone and send nothing to other hosts (the Redocly logo is tolerated; it fails
// quietly). Screenshots and the list of blocked requests go to .artifacts/docs/.
import { mkdir, writeFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { launchChromium } from "../runtimes/support/browser.js";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";

const docs = new URL("../../docs/index.html", import.meta.url).href;
const artifacts = new URL("../../.artifacts/docs/", import.meta.url).pathname;
const TOLERATED = new Set(["https://cdn.redoc.ly/redoc/logo-mini-full.svg"]);

/** Lets file: URLs load and aborts everything else; returns the aborted URLs as they come. */
async function cutNetwork(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}

async function openAuthorize(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${docs}#tag/Payments/operation/authorizeJpoPayment`);
  await expect.poll(() => page.getByText("Authorize a JPO payment").first().isVisible()).toBe(true);
  return page;
}

const visible = (page: Page, text: string, exact = false) =>
  page.getByText(text, { exact }).first().isVisible();

describe("the API reference in a browser", () => {
  runtimeTest(runtimes.chromium, "renders JPO fields and TypeScript samples offline", async () => {
    const context = await launchChromium();
    try {
      const blocked = await cutNetwork(context);
      const page = await openAuthorize(context);
      await mkdir(artifacts, { recursive: true });
      // The request samples panel opens on the TypeScript sample (label cybersource-jpo).
      for (const code of ["createJpoClient", "client.authorize"]) {
        expect(await visible(page, code), `${code} is visible`).toBe(true);
      }
      await page.screenshot({ path: `${artifacts}authorize.png` });
      await page.getByRole("button", { name: "Expand all" }).first().click();
      for (const field of ["businessNameKatakana", "firstBillingMonth", "paymentMethod"]) {
        expect(await visible(page, field, true), `field ${field} is visible`).toBe(true);
      }
      await page
        .getByText("businessNameKatakana", { exact: true })
        .first()
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${artifacts}jpo-fields.png` });
      await page.waitForLoadState("networkidle");
      await writeFile(`${artifacts}blocked-requests.json`, JSON.stringify(blocked, null, 2));
      expect(blocked.filter((url) => url.includes("otel.cloud.redocly.com"))).toEqual([]);
      expect(blocked.filter((url) => !TOLERATED.has(url))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
