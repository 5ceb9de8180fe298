// The conformance suite in Node 20 (this vitest process), then in Node 22 and 24.
import { describe, expect, test } from "vitest";
import { describeRun, runCommand } from "./support/command.js";
import { bundle, reportIn } from "./support/bundle.js";
import { runtimes, runtimeTest } from "./support/runtimes.js";
import { expectConformance, startTarget } from "./support/target.js";
import { runConformance } from "./conformance.js";

describe("the conformance suite in Node", () => {
  test("passes in Node 20, in process", async () => {
    expect(process.versions.node).toMatch(/^20\./);
    const { mock, target } = await startTarget();
    expectConformance(await runConformance(target), mock, target);
  });

  for (const [runtime, major] of [
    [runtimes.node22, "22"],
    [runtimes.node24, "24"],
  ] as const) {
    runtimeTest(runtime, `passes in ${runtime.name}, bundled`, async () => {
      const { mock, target } = await startTarget();
      const script = await bundle("stdout", target);
      const version = await runCommand(runtime.path, ["--version"]);
      expect(version.stdout).toMatch(new RegExp(`^v${major}\\.`));
      const run = await runCommand(runtime.path, [script], { timeoutMs: 30_000 });
      expect(run.code, describeRun(run)).toBe(0);
      expectConformance(reportIn(run.stdout), mock, target);
    });
  }
});
