import { spawn } from "node:child_process";
import { expect, test } from "vitest";
import { withBuildLock } from "../support/build-lock.js";

const root = new URL("../../", import.meta.url).pathname;

function npmStart(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["start"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

test("npm start builds, runs the demo against the mock and exits 0", async () => {
  const { code, stdout, stderr } = await withBuildLock(npmStart);
  expect(stderr).not.toMatch(/error/i);
  expect(stdout).toMatch(/status\s+AUTHORIZED/);
  expect(stdout).toMatch(/plan \(estimate\)\s+12 monthly payments/);
  expect(stdout).toContain("AUTHORIZATION_OUTCOME_UNKNOWN");
  expect(stdout).toMatch(/now REVERSED/);
  expect(stdout.trim().endsWith("done")).toBe(true);
  expect(code).toBe(0);
}, 120_000);
