// The conformance suite in workerd (the Cloudflare Workers runtime), without nodejs_compat.
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect } from "vitest";
import { bundle, reportIn } from "./support/bundle.js";
import { describeRun, runCommand } from "./support/command.js";
import { runtimes, runtimeTest } from "./support/runtimes.js";
import { expectConformance, startTarget } from "./support/target.js";

// workerd refuses fetch() to loopback unless the worker's globalOutbound is a network service
// that allows local addresses.
const CONFIG = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .conformance),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
);
const conformance :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "conformance.mjs")],
  compatibilityDate = "2025-09-01",
  globalOutbound = "loopback",
);
`;

describe("the conformance suite in workerd", () => {
  runtimeTest(runtimes.workerd, "passes in workerd's test runner", async () => {
    const { mock, target } = await startTarget();
    const script = await bundle("worker", target);
    const config = join(dirname(script), "config.capnp");
    await writeFile(config, CONFIG);
    const run = await runCommand(runtimes.workerd.path, ["test", config], { timeoutMs: 30_000 });
    expect(run.code, describeRun(run)).toBe(0);
    expectConformance(reportIn(run.stdout), mock, target);
  });
});
