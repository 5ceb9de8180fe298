// Tests that build dist/ (npm start, npm pack) run in parallel vitest workers; `npm run build`
// deletes dist/ first, so they take turns through a lock directory (mkdir is atomic).
import { mkdirSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

const lock = new URL("../../.artifacts/build.lock", import.meta.url).pathname;

/** Runs `work` while holding the build lock, waiting up to `timeoutMs` for it. */
export async function withBuildLock<T>(work: () => Promise<T>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  mkdirSync(new URL("../../.artifacts/", import.meta.url).pathname, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) throw new Error(`build lock ${lock} held for ${timeoutMs} ms`);
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
