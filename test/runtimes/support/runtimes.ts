// Where each runtime of the matrix lives, and the one rule for a missing one: skipped with the
// reason on a developer's machine, a failing test under CI=true (which installs all of them).
import { existsSync } from "node:fs";
import { test } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;

export interface Runtime {
  readonly name: string;
  /** The executable (or the package) that runs the suite. */
  readonly path: string;
  /** How to install it. */
  readonly install: string;
}

const nodeVersion = (major: 22 | 24): Runtime => ({
  name: `Node ${major}`,
  path: `${root}test/runtimes/node-versions/node_modules/node${major}/bin/node`,
  install: "npm ci --prefix test/runtimes/node-versions",
});
const devDependency = (name: string, bin: string): Runtime => ({
  name,
  path: `${root}node_modules/${bin}`,
  install: "npm ci",
});

export const runtimes = {
  node22: nodeVersion(22),
  node24: nodeVersion(24),
  bun: devDependency("Bun", ".bin/bun"),
  deno: devDependency("Deno", ".bin/deno"),
  workerd: devDependency("workerd", ".bin/workerd"),
  edge: devDependency("edge-runtime", "edge-runtime/package.json"),
  chromium: {
    name: "Chromium",
    path: "/usr/bin/chromium",
    install: "apt-get install -y chromium",
  },
} satisfies Record<string, Runtime>;

/** A test that needs `runtime`: see the file comment for what happens when it is missing. */
export function runtimeTest(
  runtime: Runtime,
  name: string,
  body: () => Promise<void>,
  timeoutMs = 60_000,
): void {
  if (existsSync(runtime.path)) {
    test(name, body, timeoutMs);
  } else if (process.env["CI"] === "true") {
    test(name, () => {
      throw new Error(`${runtime.name} is not installed at ${runtime.path}: ${runtime.install}`);
    });
  } else {
    test.skip(`${name} [skipped: ${runtime.name} not installed; run \`${runtime.install}\`]`, body);
  }
}
