// The conformance suite in Vercel's edge runtime: an isolated VM context with only the edge
// globals (no `process`, no `require`), driven through edge-runtime's JS API.
import { readFile } from "node:fs/promises";
import { describe, expect } from "vitest";
import { bundle } from "./support/bundle.js";
import { runtimes, runtimeTest } from "./support/runtimes.js";
import { expectConformance, startTarget } from "./support/target.js";

describe("the conformance suite in the edge runtime", () => {
  runtimeTest(runtimes.edge, "passes in edge-runtime, as a classic script", async () => {
    const { EdgeRuntime } = await import("edge-runtime");
    const { mock, target } = await startTarget();
    const script = await readFile(await bundle("global", target, "iife"), "utf8");
    const runtime = new EdgeRuntime({ initialCode: script });
    expect(runtime.evaluate("typeof process + typeof require")).toBe("undefinedundefined");
    const report: string = await runtime.evaluate("globalThis.conformanceReport");
    expectConformance(JSON.parse(report), mock, target);
  });
});
