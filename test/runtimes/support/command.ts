// Runs a program to completion with a time limit and collects its output, whatever its exit code.
import { spawn } from "node:child_process";

export interface CommandResult {
  /** The exit code, or `null` when a signal (such as the time limit's SIGKILL) ended it. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time, in ms. */
  readonly ms: number;
}

export interface CommandOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Killed (SIGKILL) after this long; default 60 s. */
  readonly timeoutMs?: number;
}

/** Runs `file` with `args`; never rejects on a non-zero exit, only when it cannot start. */
export function runCommand(
  file: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/** The command's output for a failure message: the last lines of stdout and stderr. */
export function describeRun(result: CommandResult): string {
  const tail = (text: string) => text.trim().split("\n").slice(-30).join("\n");
  return `exit ${result.code} after ${result.ms} ms\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`;
}
