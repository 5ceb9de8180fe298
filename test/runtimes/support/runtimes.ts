// Where each runtime of the matrix lives, and the one rule for a missing one: skipped with the
// reason on a developer's machine (and listed at the end of the run by test/support/global-setup.ts),
// a failing test under CI=true (which installs all of them).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject, test } from "vitest";

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
    const reason = `${runtime.name} not installed at ${runtime.path}; install it with \`${runtime.install}\``;
    recordSkip(`${name}: ${reason}`);
    test.skip(`${name} [skipped: ${reason}]`, body);
  }
}

/** Notes a skipped test for the end of the run's summary. */
export function recordSkip(line: string): void {
  const folder = join(inject("runFolder"), "skipped");
  mkdirSync(folder, { recursive: true });
  const name = createHash("sha256").update(line).digest("hex").slice(0, 16);
  writeFileSync(join(folder, name), line);
}
