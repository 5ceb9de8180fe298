// A long-running example (an HTTP server) as a child process: started, waited for until it
// says where it listens, and stopped after the test. Its output is kept for assertions.
import { spawn, type ChildProcess } from "node:child_process";
import type { Readable } from "node:stream";
import { afterEach } from "vitest";

export interface RunningServer {
  /** Where it listens, e.g. `http://127.0.0.1:41235`. */
  readonly url: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** POSTs `body` as JSON to `path`; resolves to the status and the parsed JSON answer. */
  post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
}

const children = new Set<ChildProcess>();
afterEach(() => {
  for (const child of children) child.kill("SIGKILL");
  children.clear();
});

/**
 * Spawns `file args` and resolves once `listening(text)` finds the base URL in what it wrote to
 * the stream chosen by `from` (stdout, or file descriptor 3 for workerd's control messages).
 */
export async function startServer(
  file: string,
  args: readonly string[],
  options: {
    env: NodeJS.ProcessEnv;
    cwd?: string;
    from?: "stdout" | "fd3";
    listening: (text: string) => string | undefined;
    timeoutMs?: number;
  },
): Promise<RunningServer> {
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  let signals = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const fd3 = child.stdio[3] as Readable;
  fd3.setEncoding("utf8").on("data", (chunk: string) => (signals += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${file} did not start:\n${output}`)),
      options.timeoutMs ?? 20_000,
    );
    const check = () => {
      const found = options.listening(options.from === "fd3" ? signals : output);
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on("data", check);
    fd3.on("data", check);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    async post(path, body) {
      const response = await fetch(url + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
  };
}
