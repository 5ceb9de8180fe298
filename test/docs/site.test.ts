// The docs site as `npm run docs` builds it (into a temp folder here): the guide, the HTTP API
// reference and the SDK reference, opened from file:// in headless Chromium with the network cut
// off, linked to each other; and the SDK reference documents every public declaration.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSite } from "../../scripts/docs.mjs";
import { launchChromium } from "../runtimes/support/browser.js";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";
import { tempFolder } from "../runtimes/support/temp.js";

const artifacts = new URL("../../.artifacts/docs/", import.meta.url).pathname;

let site = "";
let warnings: string[] = [];
beforeAll(async () => {
  site = await tempFolder("docs-site");
  warnings = await buildSite(site, { validate: true });
}, 120_000);

/** The href attributes of `html`, without duplicates. */
const hrefs = (html: string) => [
  ...new Set([...html.matchAll(/href="([^"]*)"/gu)].map((m) => m[1] ?? "")),
];

describe("the docs site", () => {
  test("documents every public declaration of src/ in the SDK reference", () => {
    // The generated wire types (components, paths) carry the spec's descriptions where it has them.
    expect(warnings.filter((w) => !w.includes("generated/openapi.ts"))).toEqual([]);
    for (const page of [
      "functions/cybersource-jpo.createJpoClient.html",
      "functions/cybersource-jpo_p12.jwtAuth.html",
      "functions/cybersource-jpo_mock.startMockCybersource.html",
      "classes/cybersource-jpo.AuthorizationOutcomeUnknownError.html",
    ]) {
      expect(existsSync(join(site, "api", page)), page).toBe(true);
    }
  });

  test("the guide's links lead to files and anchors that exist", () => {
    const html = readFileSync(join(site, "guide.html"), "utf8");
    const ids = new Set([...html.matchAll(/id="([^"]+)"/gu)].map((m) => m[1]));
    const links = hrefs(html).filter((href) => !/^https?:/u.test(href));
    expect(links).toEqual(expect.arrayContaining(["index.html", "api/index.html"]));
    for (const href of links) {
      const [file, anchor] = href.split("#");
      if (file) expect(existsSync(join(site, file)), href).toBe(true);
      else expect(ids.has(anchor), href).toBe(true);
    }
    expect(html).not.toMatch(/<script|<link [^>]*stylesheet|@import|url\(/u);
  });

  test("the guide's code blocks are highlighted when it is built, with no script", () => {
    const html = readFileSync(join(site, "guide.html"), "utf8");
    const blocks = [
      ...html.matchAll(/<pre><code class="language-(\w+)">([\s\S]*?)<\/code><\/pre>/gu),
    ];
    const ts = blocks.filter(([, language]) => language === "ts");
    expect(ts.length).toBeGreaterThan(10);
    for (const [, , code] of ts) {
      expect(code).toMatch(/<span class="hljs-keyword">(?:import|const|await|if)<\/span>/u);
    }
    for (const language of ["json", "sh"]) {
      const highlighted = blocks.filter(
        ([, lang, code]) => lang === language && code?.includes("hljs-"),
      );
      expect(highlighted.length, language).toBeGreaterThan(0);
    }
    expect(html).toMatch(/\.hljs-keyword,[^{]*\{/u);
  });

  test("the SDK reference links back to the guide and the HTTP API reference", () => {
    const page = join(site, "api", "functions", "cybersource-jpo.createJpoClient.html");
    for (const href of ["../../guide.html", "../../index.html"]) {
      expect(hrefs(readFileSync(page, "utf8"))).toContain(href);
      expect(existsSync(join(dirname(page), href)), href).toBe(true);
    }
  });

  runtimeTest(
    runtimes.chromium,
    "renders offline in Chromium, each page linking to the others",
    async () => {
      const context = await launchChromium();
      try {
        const blocked = await cutNetwork(context);
        const page = context.pages()[0] ?? (await context.newPage());
        await page.setViewportSize({ width: 1400, height: 900 });
        await mkdir(artifacts, { recursive: true });

        await page.goto(pathToFileURL(join(site, "guide.html")).href);
        await expectGuide(page);
        await page.screenshot({ path: `${artifacts}guide.png` });

        await page.click("#link-http-reference");
        await page.waitForURL(/\/index\.html$/u);
        const title = page.getByRole("heading", { name: /Cybersource JPO Payments/u }).first();
        await expect.poll(() => title.isVisible()).toBe(true);
        await page.screenshot({ path: `${artifacts}reference-from-guide.png` });
        await page.locator('a[href="guide.html"]').first().click();
        await page.waitForURL(/\/guide\.html$/u);
        await expectGuide(page);

        await page.click("#link-sdk-reference");
        await page.waitForURL(/\/api\/index\.html$/u);
        await expect.poll(() => visible(page, "cybersource-jpo: SDK reference")).toBe(true);
        await page.goto(pathToFileURL(join(site, "api", "modules", "cybersource-jpo.html")).href);
        await page.locator('a[href$="cybersource-jpo.createJpoClient.html"]').first().click();
        await page.waitForURL(/createJpoClient\.html$/u);
        await expect
          .poll(() => visible(page, "Creates a client for Cybersource's JPO payments."))
          .toBe(true);
        await page.screenshot({ path: `${artifacts}sdk-reference.png` });
        await page.getByRole("link", { name: "Guide", exact: true }).first().click();
        await page.waitForURL(/\/guide\.html$/u);
        await expectGuide(page);

        await page.waitForLoadState("networkidle");
        await writeFile(`${artifacts}site-blocked-requests.json`, JSON.stringify(blocked, null, 2));
        expect(blocked).toEqual([]);
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});

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

const visible = (page: Page, text: string) => page.getByText(text).first().isVisible();

async function expectGuide(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator("h1").first().textContent())
    .toBe("The cybersource-jpo guide");
  expect(await page.title()).toBe("The cybersource-jpo guide");
  expect(await visible(page, "ボーナス併用払い")).toBe(true);
  // The table of contents jumps within the page.
  await page.locator('.toc a[href="#timeouts-and-the-timeout-reversal"]').click();
  await expect.poll(() => page.url()).toMatch(/#timeouts-and-the-timeout-reversal$/u);
}
