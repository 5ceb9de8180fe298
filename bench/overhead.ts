// Per-request overhead without the network: `authorize` (validate, serialize, sign, parse) with a
// fetch that answers a canned 201 at once, against the bare minimum (JSON.stringify and an HTTP
// Signature on a cached Web Crypto key) and the official SDK's callAuthenticationHeader.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Bench } from "tinybench";
import { createJpoClient, httpSignatureAuth, validateJpoAuthorization } from "../src/index.js";
import { benchRequest, credentials, root, wireBody, type Row } from "./shared.js";

const HOST = "apitest.cybersource.com";
const encoder = new TextEncoder();
const b64 = (bytes: ArrayBuffer) => Buffer.from(bytes).toString("base64");

interface OfficialClient {
  setConfiguration(config: Record<string, unknown>): void;
  callAuthenticationHeader(
    ...args: [string, string, string, Record<string, string>, boolean]
  ): unknown;
}

async function tasks() {
  const response = readFileSync(join(root, "test/fixtures/published-installment-response.json"));
  const headers = { "content-type": "application/hal+json", "v-c-correlation-id": "bench" };
  const client = createJpoClient({
    environment: "test",
    auth: httpSignatureAuth(credentials),
    fetch: async () => new Response(response, { status: 201, headers }),
  });
  const body = wireBody("jpo-0123456789abcdef0123456789");
  const key = await crypto.subtle.importKey(
    "raw",
    Buffer.from(credentials.sharedSecret, "base64"),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const parsed = JSON.parse(body);
  const bare = async () => {
    const bytes = encoder.encode(JSON.stringify(parsed));
    const digest = `SHA-256=${b64(await crypto.subtle.digest("SHA-256", bytes))}`;
    const date = new Date().toUTCString();
    const text = `host: ${HOST}\ndate: ${date}\nrequest-target: post /pts/v2/payments\ndigest: ${digest}\nv-c-merchant-id: ${credentials.merchantId}`;
    const mac = b64(await crypto.subtle.sign("HMAC", key, encoder.encode(text)));
    return `keyid="${credentials.keyId}", algorithm="HmacSHA256", headers="host date request-target digest v-c-merchant-id", signature="${mac}"`;
  };
  const require = createRequire(join(root, "package.json"));
  const { ApiClient } = require("cybersource-rest-client") as {
    ApiClient: new () => OfficialClient;
  };
  const official = new ApiClient();
  official.setConfiguration({
    authenticationType: "http_signature",
    runEnvironment: HOST,
    merchantID: credentials.merchantId,
    merchantKeyId: credentials.keyId,
    merchantsecretKey: credentials.sharedSecret,
    logConfiguration: { enableLog: false },
  });
  const sign = httpSignatureAuth(credentials);
  return {
    ours: () => client.authorize(benchRequest()),
    bare,
    official: () => {
      official.callAuthenticationHeader(
        "POST",
        "/pts/v2/payments",
        JSON.stringify(parsed),
        {},
        false,
      );
    },
    validateOnly: () => validateJpoAuthorization(benchRequest()),
    signOnly: () =>
      sign.sign(new Request(`https://${HOST}/pts/v2/payments`, { method: "POST", body })),
  };
}

/** Runs the tasks interleaved in one Bench and returns the report rows (mean µs per request). */
export async function overhead(): Promise<Row[]> {
  const t = await tasks();
  // JIT warm-up of every task first, so that whichever runs first is not penalised.
  for (const task of [t.bare, t.ours, t.official, t.validateOnly, t.signOnly]) {
    for (let i = 0; i < 2_000; i++) await task();
  }
  const bench = new Bench({ time: 2_000, warmupTime: 500, throws: true });
  bench
    .add("bare minimum (JSON.stringify + Web Crypto HTTP Signature)", t.bare)
    .add("authorize, canned 201 (validate+serialize+sign+parse)", t.ours)
    .add("official SDK callAuthenticationHeader (+ JSON.stringify)", t.official)
    .add("  of which validateJpoAuthorization", t.validateOnly)
    .add("  of which httpSignatureAuth.sign(Request)", t.signOnly);
  await bench.run();
  const µs = (name: string) => {
    const task = bench.tasks.find((candidate) => candidate.name.startsWith(name))!;
    const result = task.result;
    if (result.state !== "completed") throw new Error(`${name}: ${result.state}`);
    return { mean: result.latency.mean * 1_000, p50: result.latency.p50 * 1_000 };
  };
  const [bare, ours, official] = [µs("bare"), µs("authorize"), µs("official")];
  type Stats = ReturnType<typeof µs>;
  const row = (metric: string, base: Stats, name: string, met: boolean, target: string): Row => ({
    section: "overhead",
    metric,
    ours: ours.mean,
    baseline: base.mean,
    baselineName: name,
    unit: "µs/req",
    ratio: ours.mean / base.mean,
    target,
    met,
    notes: `mean; medians ${ours.p50.toFixed(0)} vs ${base.p50.toFixed(0)} µs (${(ours.p50 / base.p50).toFixed(2)}x)`,
  });
  const info = (metric: string, value: number): Row => ({
    section: "overhead",
    metric,
    ours: value,
    baseline: undefined,
    baselineName: "",
    unit: "µs/req",
    ratio: undefined,
    target: "(info)",
    met: undefined,
  });
  return [
    row("authorize vs bare minimum", bare, "bare minimum", ours.mean <= 2 * bare.mean, "<= 2x"),
    row("authorize vs official SDK", official, "official SDK", ours.mean < official.mean, "< 1x"),
    info("  of which validateJpoAuthorization alone", µs("  of which validate").mean),
    info("  of which httpSignatureAuth.sign(Request) alone", µs("  of which httpSignature").mean),
  ];
}
