// The conformance suite in Bun and Deno, bundled into one ES module each.
import { describe, expect } from "vitest";
import { bundle, reportIn } from "./support/bundle.js";
import { tempFolder } from "./support/temp.js";
import { describeRun, runCommand } from "./support/command.js";
import { runtimes, runtimeTest } from "./support/runtimes.js";
import { expectConformance, startTarget } from "./support/target.js";

const env = { ...process.env, DO_NOT_TRACK: "1", DENO_NO_UPDATE_CHECK: "1" };

describe("the conformance suite in Bun and Deno", () => {
  runtimeTest(runtimes.bun, "passes in Bun", async () => {
    const { mock, target } = await startTarget();
    const script = await bundle("stdout", target);
    const run = await runCommand(runtimes.bun.path, [script], { env, timeoutMs: 30_000 });
    expect(run.code, describeRun(run)).toBe(0);
    expectConformance(reportIn(run.stdout), mock, target);
  });

  runtimeTest(runtimes.deno, "passes in Deno with network access to the mock only", async () => {
    const { mock, target } = await startTarget();
    const script = await bundle("stdout", target);
    const { host } = new URL(mock.url);
    const args = ["run", "--no-config", "--no-lock", "--quiet", `--allow-net=${host}`, script];
    const denoDir = await tempFolder("deno-dir");
    const run = await runCommand(runtimes.deno.path, args, {
      env: { ...env, DENO_DIR: denoDir },
      timeoutMs: 30_000,
    });
    expect(run.code, describeRun(run)).toBe(0);
    expectConformance(reportIn(run.stdout), mock, target);
  });
});
