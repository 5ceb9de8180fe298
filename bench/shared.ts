// What the bench sections share: credentials, the request, statistics and child processes.
import { spawn } from "node:child_process";
import { createHmac, createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installmentRequest } from "../test/support/requests.js";
import type { JpoAuthorizationRequest } from "../src/index.js";

/** The project root: `npm run bench` sets it (the bundles run from node_modules/.cache). */
export const root = process.env["JPO_BENCH_ROOT"] ?? process.cwd();
/** Where bench/run.mjs put the bundled sections. */
export const outDir = process.env["JPO_BENCH_OUT"] ?? root;

export const credentials = {
  merchantId: "bench_merchant",
  keyId: "00000000-0000-4000-8000-0000000be4c4",
  sharedSecret: btoa("bench-secret-not-a-real-one-32ch"),
} as const;

/** Cybersource's published installment authorization answer, as the canned 201 sends it. */
export function cannedAnswer(): { readonly text: string; readonly fetch: typeof fetch } {
  const response = readFileSync(join(root, "test/fixtures/published-installment-response.json"));
  const headers = { "content-type": "application/hal+json", "v-c-correlation-id": "bench" };
  const canned = async () => new Response(response, { status: 201, headers });
  return { text: response.toString("utf8"), fetch: canned };
}

/** A valid installment authorization (the one the facade tests use). */
export function benchRequest(amount = "120000"): JpoAuthorizationRequest {
  return installmentRequest(amount);
}

/** The body `authorize` puts on the wire for {@link benchRequest}, with `transactionId`. */
export function wireBody(transactionId: string): string {
  const request = benchRequest();
  return JSON.stringify({
    ...request,
    clientReferenceInformation: { ...request.clientReferenceInformation, transactionId },
  });
}

/** Headers of an HTTP Signature computed with node:crypto, as Cybersource's SDK does. */
export function nodeSignedHeaders(host: string, body: string, date = new Date()) {
  const digest = `SHA-256=${createHash("sha256").update(body, "utf8").digest("base64")}`;
  const utc = date.toUTCString();
  const text = [
    `host: ${host}`,
    `date: ${utc}`,
    "request-target: post /pts/v2/payments",
    `digest: ${digest}`,
    `v-c-merchant-id: ${credentials.merchantId}`,
  ].join("\n");
  const secret = Buffer.from(credentials.sharedSecret, "base64");
  const mac = createHmac("sha256", secret).update(text, "utf8").digest("base64");
  return {
    "content-type": "application/json",
    accept: "application/hal+json",
    date: utc,
    digest,
    "v-c-merchant-id": credentials.merchantId,
    signature: `keyid="${credentials.keyId}", algorithm="HmacSHA256", headers="host date request-target digest v-c-merchant-id", signature="${mac}"`,
  };
}

/** Latencies (ms) of a load run, and its wall time. */
export interface Load {
  readonly latencies: number[];
  readonly wallMs: number;
}

/** Runs `task(0..count-1)`, `concurrency` at a time; resolves to each latency and the wall time. */
export async function load(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<Load> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { latencies, wallMs: performance.now() - started };
}

/** The `p`-quantile (0..1) of ascending `sorted`. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index]!;
}

export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** CPU µs per call of `task`, over `count` calls one after another. */
async function cpuPerCall(task: () => unknown, count: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) await task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

/** Medians of `rounds` interleaved rounds of every task; a warm-up round first. */
export async function measure(
  tasks: Record<string, { run: () => unknown; count: number }>,
  rounds = 9,
): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = {};
  for (let round = -1; round < rounds; round++) {
    for (const [name, { run, count }] of Object.entries(tasks)) {
      const value = await cpuPerCall(run, count);
      if (round >= 0) (samples[name] ??= []).push(value);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, median(s)]));
}

/** Least-squares slope of `ys` over `xs`. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/** Runs `node args` and resolves to its stdout; rejects on a non-zero exit. */
export function runNode(args: readonly string[], cwd = root): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`node ${args.join(" ")} exited ${code}`)),
    );
  });
}

/** One line of the report: a figure and its baseline, measured in the same run. */
export interface Row {
  readonly section: string;
  readonly metric: string;
  readonly ours: number;
  readonly baseline: number | undefined;
  readonly baselineName: string;
  readonly unit: string;
  /** ours / baseline. */
  readonly ratio: number | undefined;
  readonly target: string;
  readonly met: boolean | undefined;
  readonly notes?: string;
}
