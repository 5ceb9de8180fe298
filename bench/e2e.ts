// End to end against a trivial loopback server (bench/loopback-server, its own process): `authorize` against raw
// `fetch` of the same request serialized and signed inline with node:crypto, at concurrency 1
// and 64, interleaved; and the wire work alone (raw fetch signed with this SDK's bytes signer,
// with a timeout signal) as the ceiling any authorization on this design can reach.
import { createJpoClient, httpSignatureAuth } from "../src/index.js";
import { authorizer, rawAuthorization, type RawOptions } from "./authorize.js";
import { credentials, load, quantile, type Load, type Row } from "./shared.js";

function merge(loads: readonly Load[]) {
  const latencies = loads.flatMap((l) => l.latencies).sort((a, b) => a - b);
  const wallMs = loads.reduce((sum, l) => sum + l.wallMs, 0);
  return {
    rps: (latencies.length / wallMs) * 1_000,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
  };
}

/**
 * `task`, with a failed request (a connection reset under load) counted in
 * `failures[side]` rather than ending the run; the report notes the counts.
 */
const counted =
  (failures: Record<string, number>, side: string, task: (i: number) => Promise<void>) =>
  (i: number) =>
    task(i).catch(() => {
      failures[side] = (failures[side] ?? 0) + 1;
    });

/** `authorize` and raw fetch against `serverUrl` at each concurrency; returns the report rows. */
export async function e2e(
  serverUrl: string,
  plan: readonly { concurrency: number; count: number }[],
) {
  const client = createJpoClient({ environment: serverUrl, auth: httpSignatureAuth(credentials) });
  const ours = authorizer(client);
  const raw = (options?: RawOptions) => rawAuthorization(serverUrl, options);
  const rows: Row[] = [];
  for (const { concurrency, count } of plan) {
    await load(200, concurrency, counted({}, "raw", raw()));
    await load(200, concurrency, counted({}, "ours", ours));
    const failures: Record<string, number> = {};
    const rawLoads: Load[] = [];
    const deadlineLoads: Load[] = [];
    const ourLoads: Load[] = [];
    const wireLoads: Load[] = [];
    // Each side runs once in each position over three rounds, so that none always runs first.
    const per = Math.round(count / 3);
    const sides = [
      () => load(per, concurrency, counted(failures, "raw", raw())).then((l) => rawLoads.push(l)),
      () => load(per, concurrency, counted(failures, "ours", ours)).then((l) => ourLoads.push(l)),
      () =>
        load(per, concurrency, counted(failures, "raw+timeout", raw({ timeout: true }))).then((l) =>
          deadlineLoads.push(l),
        ),
      () =>
        load(
          per,
          concurrency,
          counted(failures, "wire", raw({ timeout: true, signer: "bytes" })),
        ).then((l) => wireLoads.push(l)),
    ];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < sides.length; i++) await sides[(round + i) % sides.length]!();
    }
    const [a, b] = [merge(ourLoads), merge(rawLoads)];
    const [c, w] = [merge(deadlineLoads), merge(wireLoads)];
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
      baselineName: "raw fetch, signed inline",
      unit,
      ratio: o / r,
      target,
      met,
      notes: `failed requests: ours ${failures["ours"] ?? 0}, raw ${failures["raw"] ?? 0}, raw with a timeout ${failures["raw+timeout"] ?? 0}, wire work alone ${failures["wire"] ?? 0} of ${3 * per} each`,
    });
    rows.push(
      row("throughput", a.rps, b.rps, "req/s", ">= 0.85x", a.rps / b.rps >= 0.85),
      {
        ...row("throughput vs raw fetch with a timeout signal", a.rps, c.rps, "req/s", "(info)"),
        baselineName: "raw fetch, signed inline, AbortSignal timeout",
      },
      row(
        "throughput of the wire work alone (bytes signer, timeout)",
        w.rps,
        b.rps,
        "req/s",
        "(info)",
      ),
      row("p50 latency", a.p50, b.p50, "ms", "(info)"),
      row("p99 latency", a.p99, b.p99, "ms", "(info)"),
    );
  }
  return rows;
}
