// Once per vitest run: a scratch folder shared by every test file (the packed tarball is built
// there once, see test/packaging/pack.ts), and, at the end, one line per test skipped locally
// because a runtime is not installed, with the command that installs it (see
// test/runtimes/support/runtimes.ts; under CI=true a missing runtime fails instead).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's scratch folder. */
    runFolder: string;
  }
}

export default function setup(project: TestProject) {
  const runFolder = mkdtempSync(join(tmpdir(), "cybersource-jpo-run-"));
  project.provide("runFolder", runFolder);
  return () => {
    const skipped = skippedLines(join(runFolder, "skipped"));
    if (skipped.length > 0) {
      const lines = [`\nSKIPPED ${skipped.length} test(s): a runtime is not installed here.`];
      lines.push(...skipped.map((line) => `  - ${line}`));
      lines.push("CI (CI=true) requires all of them; install them to run these tests locally.\n");
      process.stdout.write(lines.join("\n") + "\n");
    }
    rmSync(runFolder, { recursive: true, force: true });
  };
}

function skippedLines(folder: string): string[] {
  try {
    return readdirSync(folder)
      .sort()
      .map((name) => readFileSync(join(folder, name), "utf8"));
  } catch {
    return [];
  }
}
