// The conformance suite in headless Chromium, in a page served from 127.0.0.1 that calls the
// mock (another origin, so the mock runs with `cors: true`).
import { readFile } from "node:fs/promises";
import { afterEach, describe, expect } from "vitest";
import type { BrowserContext } from "playwright-core";
import { signingVectors } from "../auth/signing-vectors.js";
import { launchChromium, serve } from "./support/browser.js";
import { bundle } from "./support/bundle.js";
import { runtimes, runtimeTest } from "./support/runtimes.js";
import { expectConformance, startTarget } from "./support/target.js";

const PAGE = `<!doctype html><meta charset="utf-8"><title>conformance</title>
<script type="module" src="/conformance.mjs"></script>`;

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((close) => close()));
});

// Browsers drop `date` from a Request's headers (a forbidden header name in the Fetch standard),
// so HTTP Signature cannot be sent from a page: httpSignatureAuth says so with AuthConfigError,
// once per signing vector. The page authorizes with a JWT instead.
const forbidden = new Set(
  signingVectors.map(
    (vector) =>
      `signing: ${vector.name}: threw AuthConfigError: HTTP Signature needs a date header, which ` +
      "this runtime's fetch does not allow (browsers forbid it): use jwtAuth here.",
  ),
);

describe("the conformance suite in Chromium", () => {
  runtimeTest(runtimes.chromium, "passes in a page, authorizing with a JWT", async () => {
    const { mock, target } = await startTarget(["jwt"], { cors: true });
    const script = await readFile(await bundle("global", target), "utf8");
    const site = await serve({
      "/": ["text/html", PAGE],
      "/conformance.mjs": ["text/javascript", script],
    });
    cleanup.push(() => new Promise((resolve) => site.server.close(resolve)));
    const context: BrowserContext = await launchChromium();
    cleanup.push(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(site.url);
    const report = await page.evaluate("globalThis.conformanceReport");
    expect(errors).toEqual([]);
    const { failures } = JSON.parse(report as string) as { failures: string[] };
    expect(failures.filter((failure) => forbidden.has(failure))).toHaveLength(forbidden.size);
    expectConformance(JSON.parse(report as string), mock, target, (f) => forbidden.has(f));
  });
});
