// Japanese text in the three docs sites (docs/guide.html, docs/index.html, docs/api/) renders as
// glyphs, not boxes ("tofu"): each page names the Japanese font stack of scripts/lib/fonts.mjs,
// and Chromium draws 分割払い with it as four different glyphs. A missing CJK font gives four
// identical .notdef boxes (or nothing), which the last test shows by hiding the CJK fonts.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { launchChromium } from "../runtimes/support/browser.js";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";
import { tempFolder } from "../runtimes/support/temp.js";
import { distinctGlyphs } from "../support/glyphs.js";

const docs = new URL("../../docs/", import.meta.url);
const JAPANESE = "分割払い";

/** Each site's page and an element whose font its body text uses. */
const SITES = [
  { page: "guide.html", element: "main p" },
  { page: "index.html", element: "#redoc p" },
  { page: "api/index.html", element: ".tsd-typography p" },
] as const;

/** Lets file: URLs load and aborts everything else. */
async function offline(context: BrowserContext): Promise<Page> {
  await context.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort(),
  );
  return context.pages()[0] ?? (await context.newPage());
}

/** The computed font-family of the first `selector` of the page at `url`. */
async function fontOf(page: Page, url: string, selector: string): Promise<string> {
  await page.goto(url);
  const element = page.locator(selector).first();
  await expect.poll(() => element.isVisible(), { timeout: 15_000 }).toBe(true);
  return element.evaluate((e) => getComputedStyle(e).fontFamily);
}

describe("Japanese text in the docs sites", () => {
  runtimeTest(
    runtimes.chromium,
    "each site names the Japanese font stack and draws 分割払い as glyphs",
    async () => {
      const context = await launchChromium();
      try {
        const page = await offline(context);
        for (const site of SITES) {
          const family = await fontOf(page, new URL(site.page, docs).href, site.element);
          for (const name of ["Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo"]) {
            expect(family, site.page).toContain(name);
          }
          expect(family, site.page).toMatch(/sans-serif$/u);
          expect(await distinctGlyphs(page, JAPANESE, family), site.page).toBe(JAPANESE.length);
        }
      } finally {
        await context.close();
      }
    },
    90_000,
  );

  runtimeTest(
    runtimes.chromium,
    "the glyph check sees boxes when no CJK font is installed",
    async () => {
      // Fontconfig limited to the Latin fonts: the same page, the same check, no Japanese glyphs.
      const dir = await tempFolder("fonts-latin-only");
      const config = join(dir, "fonts.conf");
      await writeFile(
        config,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>` +
          `<dir>/usr/share/fonts/truetype</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
      );
      const context = await launchChromium({ FONTCONFIG_FILE: config });
      try {
        const page = await offline(context);
        const family = await fontOf(page, new URL("guide.html", docs).href, "main p");
        expect(family).toContain("Noto Sans JP");
        expect(await distinctGlyphs(page, JAPANESE, family)).toBeLessThan(JAPANESE.length);
        expect(await distinctGlyphs(page, "Taro", family)).toBe(4);
      } finally {
        await context.close();
      }
    },
  );
});
