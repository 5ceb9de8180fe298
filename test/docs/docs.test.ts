// docs/index.html in headless Chromium with the network cut off: the reference must render
// from the file alone and send nothing to any host (not even the Redocly logo), its sidebar
// links must work when opened on their own (from file:// and from a subpath of a server), and
// its samples must show whole lines and real types. Screenshots and the list of blocked
// requests go to .artifacts/docs/.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { launchChromium, serve } from "../runtimes/support/browser.js";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";

const docs = new URL("../../docs/index.html", import.meta.url);
const artifacts = new URL("../../.artifacts/docs/", import.meta.url).pathname;

/** Lets file: and loopback URLs load and aborts everything else; returns the aborted URLs. */
async function cutNetwork(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("http://127.0.0.1:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}

async function openAuthorize(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${docs.href}#tag/Payments/operation/authorizeJpoPayment`);
  const title = page.getByText("Authorize a JPO payment").first();
  await expect.poll(() => title.isVisible(), { timeout: 15_000 }).toBe(true);
  return page;
}

const visible = (page: Page, text: string, exact = false) =>
  page.getByText(text, { exact }).first().isVisible();

/** Opens the sidebar link named `name` of the page at `url` in a new tab, as a reader would. */
async function openSidebarLinkInNewTab(context: BrowserContext, url: string, name: string) {
  const page = await context.newPage();
  await page.goto(url);
  const link = page
    .locator(`[data-component-name="Menu/Menu"] a`)
    .filter({ hasText: name })
    .first();
  await expect.poll(() => link.isVisible(), { timeout: 15_000 }).toBe(true);
  const href = (await link.getAttribute("href")) ?? "";
  const tab = await context.newPage();
  await tab.goto(new URL(href, page.url()).href);
  await page.close();
  return { href, tab };
}

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
      // The sidebar's "API docs by" credit is drawn without the CDN.
      const logo = page.locator('img[alt="redocly logo"]').first();
      expect(await logo.getAttribute("src")).toMatch(/^data:image\/svg\+xml,/u);
      await page.waitForLoadState("networkidle");
      await writeFile(`${artifacts}blocked-requests.json`, JSON.stringify(blocked, null, 2));
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  });

  runtimeTest(
    runtimes.chromium,
    "shows the sample's every line whole and no `any` type",
    async () => {
      const context = await launchChromium();
      try {
        await cutNetwork(context);
        const page = await openAuthorize(context);
        const sample = page.locator("pre").filter({ hasText: "createJpoClient" }).first();
        await sample.scrollIntoViewIfNeeded();
        // Long lines wrap inside the panel instead of running out of it.
        const overflow = await sample.evaluate((pre) =>
          [pre, ...pre.querySelectorAll("*")].filter((e) => e.scrollWidth > e.clientWidth + 1),
        );
        expect(overflow).toEqual([]);
        expect(await sample.textContent()).toContain('businessNameAlphaNumeric: "OurStore"');
        // japanPaymentOptions (a union by paymentMethod) is shown as the object it is.
        const text = await page.locator("#redoc").innerText();
        expect(text).toMatch(/japanPaymentOptions\s*object/u);
        expect(text).not.toMatch(/^any,?$/mu);
      } finally {
        await context.close();
      }
    },
  );

  runtimeTest(runtimes.chromium, "keeps its sidebar links working in a new tab", async () => {
    const context = await launchChromium();
    const html = readFileSync(docs, "utf8");
    const { url, server } = await serve({ "/docs/sdk/index.html": ["text/html", html] });
    try {
      const blocked = await cutNetwork(context);
      for (const base of [docs.href, `${url}/docs/sdk/index.html`]) {
        const { href, tab } = await openSidebarLinkInNewTab(context, base, "Captures");
        expect(href, base).toMatch(/^#\//u);
        expect(tab.url()).toBe(`${base}${href}`);
        const heading = tab.getByRole("heading", { name: "Capture an authorization" }).first();
        await expect.poll(() => heading.isVisible(), { timeout: 15_000 }).toBe(true);
        await tab.close();
      }
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
      server.close();
    }
  });
});
