// Builds the package and packs it the way `npm publish` would, into a scratch folder.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { inject } from "vitest";
import { describeRun, runCommand } from "../runtimes/support/command.js";
import { withBuildLock } from "../support/build-lock.js";

export const repoRoot = new URL("../../", import.meta.url).pathname;

export interface Packed {
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** The paths inside the tarball, relative to the package root. */
  readonly files: readonly string[];
}

async function npm(args: readonly string[], cwd: string) {
  const result = await runCommand("npm", args, { cwd, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`npm ${args.join(" ")} failed: ${describeRun(result)}`);
  return result;
}

function packReport(stdout: string, destination: string): Packed {
  const [report] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (report === undefined) throw new Error(`npm pack printed no report: ${stdout}`);
  return {
    tarball: join(destination, report.filename),
    files: report.files.map((file) => file.path),
  };
}

/**
 * The run's one packed tarball: the first test file that asks builds and packs it into the run's
 * scratch folder (test/support/global-setup.ts); the others, waiting on the build lock, reuse it.
 */
export async function packOnce(): Promise<Packed> {
  const folder = join(inject("runFolder"), "pack");
  const record = join(folder, "packed.json");
  return withBuildLock(async () => {
    if (existsSync(record)) return JSON.parse(await readFile(record, "utf8")) as Packed;
    await mkdir(folder, { recursive: true });
    await npm(["run", "-s", "build"], repoRoot);
    const { stdout } = await npm(
      ["pack", "--json", "--ignore-scripts", "--pack-destination", folder],
      repoRoot,
    );
    const packed = packReport(stdout, folder);
    await writeFile(record, JSON.stringify(packed));
    return packed;
  });
}
