// A fresh consumer project that installs cybersource-jpo the way a user does (a tarball or a git
// URL), and the package's own command run from it: a mock, then an authorization against it.
import { spawn } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeRun, runCommand, type CommandResult } from "../runtimes/support/command.js";

/** `npm install <spec>` in a new project in `dir`; production only unless `dev`. */
export async function installInto(dir: string, spec: string): Promise<CommandResult> {
  const manifest = { name: "consumer", version: "1.0.0", private: true };
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest));
  const args = ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", spec];
  const run = await runCommand("npm", args, { cwd: dir, timeoutMs: 300_000 });
  if (run.code !== 0) throw new Error(`npm install ${spec} failed: ${describeRun(run)}`);
  return run;
}

/** The installed packages, as `node_modules/` names them (scoped ones as `@scope/name`). */
export async function installedPackages(dir: string): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(join(dir, "node_modules"))) {
    if (entry.startsWith(".")) continue;
    if (!entry.startsWith("@")) names.push(entry);
    else
      for (const inner of await readdir(join(dir, "node_modules", entry)))
        names.push(`${entry}/${inner}`);
  }
  return names.sort();
}

/** Runs the installed `cybersource-jpo` command. */
export function cli(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const bin = join(dir, "node_modules/.bin/cybersource-jpo");
  return runCommand(bin, args, { cwd: dir, env: { ...process.env, ...env }, timeoutMs: 30_000 });
}

/** A running `cybersource-jpo mock`, its URL and the environment its credentials make. */
export interface CliMock {
  readonly url: string;
  readonly env: NodeJS.ProcessEnv;
  stop(): void;
}

/** Starts the installed `cybersource-jpo mock` and reads its URL and credentials from stdout. */
export function startCliMock(dir: string): Promise<CliMock> {
  const bin = join(dir, "node_modules/.bin/cybersource-jpo");
  const child = spawn(bin, ["mock"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill(), reject(new Error(`mock: ${stdout}`))), 20_000);
    child.on("error", reject);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /listening on (\S+)/.exec(stdout)?.[1];
      const exported =
        /export (CYBERSOURCE_\S+=\S+) (CYBERSOURCE_\S+=\S+) (CYBERSOURCE_\S+=\S+)/.exec(stdout);
      if (url === undefined || exported === null) return;
      clearTimeout(timer);
      const env = Object.fromEntries(
        exported.slice(1).map((pair) => pair.split(/=(.*)/s).slice(0, 2)),
      );
      resolve({ url, env, stop: () => void child.kill("SIGTERM") });
    });
  });
}

/**
 * Runs the installed `cybersource-jpo checkout`, fetches the page it prints, then stops it with
 * SIGINT (Ctrl+C); resolves to the page and the exit code.
 */
export function checkoutPageOnce(dir: string): Promise<{ html: string; code: number | null }> {
  const bin = join(dir, "node_modules/.bin/cybersource-jpo");
  const child = spawn(bin, ["checkout"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => (child.kill(), reject(new Error(`checkout: ${stdout}`))),
      20_000,
    );
    child.on("error", reject);
    let html: Promise<string> | undefined;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const url = /checkout page {2}(\S+)/.exec(stdout)?.[1];
      if (url === undefined || html !== undefined || !stdout.includes("stop with Ctrl+C")) return;
      html = fetch(url).then((response) => response.text());
      html.finally(() => child.kill("SIGINT")).catch(reject);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (html === undefined) return reject(new Error(`checkout exited ${code}: ${stdout}`));
      html.then((text) => resolve({ html: text, code }), reject);
    });
  });
}
