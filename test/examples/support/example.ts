// Runs the programs in examples/ as an application would, against a mock Cybersource on
// 127.0.0.1: esbuild bundles each one, resolving `cybersource-jpo` (and `/p12`, `/mock`) to the
// repository's src/, and the mock gets fresh throwaway credentials, passed in the environment.
import { basename, join } from "node:path";
import { build, type Plugin } from "esbuild";
import { afterEach } from "vitest";
import {
  startMockCybersource,
  type MockCybersource,
  type MockCybersourceOptions,
} from "../../../src/mock/index.js";
import { tempFolder } from "../../runtimes/support/temp.js";

export const root = new URL("../../../", import.meta.url).pathname;

const entryPoints: Record<string, string> = {
  "cybersource-jpo": "src/index.ts",
  "cybersource-jpo/p12": "src/p12.ts",
  "cybersource-jpo/mock": "src/mock/index.ts",
};

/** What a user's `npm install cybersource-jpo` provides, taken from src/ instead of dist/. */
const packageFromSource: Plugin = {
  name: "cybersource-jpo-from-src",
  setup(builder) {
    builder.onResolve({ filter: /^cybersource-jpo(?:\/p12|\/mock)?$/ }, ({ path }) => ({
      path: join(root, entryPoints[path] ?? path),
    }));
  },
};

/**
 * Bundles `examples/<file>` into one ES module in a fresh temp folder and returns its path.
 * `node` keeps Node's built-ins as imports; `neutral` is for Deno, Bun and workerd (no Node
 * built-ins, no "node" export condition).
 */
export async function bundleExample(file: string, platform: "node" | "neutral"): Promise<string> {
  const outfile = join(await tempFolder("example"), basename(file).replace(/\.ts$/u, ".mjs"));
  await build({
    entryPoints: [join(root, "examples", file)],
    outfile,
    bundle: true,
    format: "esm",
    platform,
    target: "es2022",
    ...(platform === "neutral" ? { mainFields: ["module", "main"] } : {}),
    plugins: [packageFromSource],
    logLevel: "silent",
  });
  return outfile;
}

const running = new Set<MockCybersource>();
afterEach(async () => {
  await Promise.all([...running].map((mock) => mock.close()));
  running.clear();
});

/** The environment variables every example reads. */
export interface ExampleEnv {
  CYBERSOURCE_ENVIRONMENT: string;
  CYBERSOURCE_MERCHANT_ID: string;
  CYBERSOURCE_KEY_ID: string;
  CYBERSOURCE_SHARED_SECRET: string;
}

/** Starts a mock (closed after the test) and returns it with the environment that points at it. */
export async function startExampleMock(
  options: Partial<MockCybersourceOptions> = {},
): Promise<{ mock: MockCybersource; env: ExampleEnv }> {
  const credentials = {
    merchantId: "example_merchant",
    keyId: crypto.randomUUID(),
    sharedSecret: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))),
  };
  const mock = await startMockCybersource({ ...credentials, slowResponseMs: 10_000, ...options });
  running.add(mock);
  return {
    mock,
    env: {
      CYBERSOURCE_ENVIRONMENT: mock.url,
      CYBERSOURCE_MERCHANT_ID: credentials.merchantId,
      CYBERSOURCE_KEY_ID: credentials.keyId,
      CYBERSOURCE_SHARED_SECRET: credentials.sharedSecret,
    },
  };
}

/** Waits until `check` returns something other than `undefined`, polling every 50 ms. */
export async function eventually<T>(check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
