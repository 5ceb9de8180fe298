// End to end over loopback against the mock (in its own process): `authorize` against raw
// `fetch` of requests signed ahead with node:crypto, at concurrency 1 and 64, interleaved.
import { createJpoClient, httpSignatureAuth } from "../src/index.js";
import {
  benchRequest,
  credentials,
  load,
  nodeSignedHeaders,
  quantile,
  wireBody,
  type Load,
  type Row,
} from "./shared.js";

function merge(loads: readonly Load[]) {
  const latencies = loads.flatMap((l) => l.latencies).sort((a, b) => a - b);
  const wallMs = loads.reduce((sum, l) => sum + l.wallMs, 0);
  return {
    rps: (latencies.length / wallMs) * 1_000,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

let batch = 0;

/** `authorize` and raw fetch against `mockUrl` at each concurrency; returns the report rows. */
export async function e2e(
  mockUrl: string,
  plan: readonly { concurrency: number; count: number }[],
) {
  const url = `${mockUrl}/pts/v2/payments`;
  const host = new URL(mockUrl).host;
  const client = createJpoClient({ environment: mockUrl, auth: httpSignatureAuth(credentials) });
  const ours = async () => {
    const result = await client.authorize(benchRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
  };
  /** A raw-fetch task over `count` requests signed now, each with its own transaction id. */
  const raw = (count: number) => {
    batch += 1;
    const signed = Array.from({ length: count }, (_, i) => {
      const body = wireBody(`raw-${batch}-${i}`);
      return { body, headers: nodeSignedHeaders(host, body) };
    });
    return async (i: number) => {
      const { body, headers } = signed[i]!;
      const response = await fetch(url, { method: "POST", headers, body });
      const json = (await response.json()) as { status?: string };
      if (response.status !== 201 || json.status !== "AUTHORIZED")
        throw new Error(String(response.status));
    };
  };
  const rows: Row[] = [];
  for (const { concurrency, count } of plan) {
    await load(200, concurrency, raw(200));
    await load(200, concurrency, ours);
    const rawLoads: Load[] = [];
    const ourLoads: Load[] = [];
    for (let round = 0; round < 2; round++) {
      const half = count / 2;
      rawLoads.push(await load(half, concurrency, raw(half)));
      ourLoads.push(await load(half, concurrency, ours));
    }
    const [a, b] = [merge(ourLoads), merge(rawLoads)];
    const row = (
      metric: string,
      o: number,
      r: number,
      unit: string,
      target: string,
      met?: boolean,
    ): Row => ({
      section: "e2e",
      metric: `c=${concurrency}: ${metric}`,
      ours: o,
      baseline: r,
      baselineName: "raw fetch, pre-signed",
      unit,
      ratio: o / r,
      target,
      met,
    });
    rows.push(
      row("throughput", a.rps, b.rps, "req/s", ">= 0.9x", a.rps / b.rps >= 0.9),
      row("p50 latency", a.p50, b.p50, "ms", "(info)"),
      row("p99 latency", a.p99, b.p99, "ms", "(info)"),
    );
  }
  return rows;
}
