// Builds the package and packs it the way `npm publish` would, into a scratch folder.
import { join } from "node:path";
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

/**
 * `npm run build`, then `npm pack` into a fresh folder under the OS temp folder, holding the
 * build lock: other test files build dist/ too.
 */
export async function buildAndPack(destination: string): Promise<Packed> {
  const { stdout } = await withBuildLock(async () => {
    await npm(["run", "-s", "build"], repoRoot);
    // --ignore-scripts: `prepare` would build dist/ a second time.
    return npm(["pack", "--json", "--ignore-scripts", "--pack-destination", destination], repoRoot);
  });
  const [report] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  if (report === undefined) throw new Error(`npm pack printed no report: ${stdout}`);
  return {
    tarball: join(destination, report.filename),
    files: report.files.map((file) => file.path),
  };
}
