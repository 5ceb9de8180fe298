// `npm run bench`: every figure measured with its baseline in the same run, printed as a table
// and written to bench/results.json (git-ignored: the numbers belong to the machine and the run).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { format } from "prettier";
import { bundles } from "./bundle.js";
import { coldImport } from "./cold-import.js";
import { e2e } from "./e2e.js";
import { footprint } from "./footprint.js";
import { cpu } from "./cpu.js";
import { setup } from "./setup.js";
import { outDir, root, runNode, slope, type Row } from "./shared.js";

const rows: Row[] = [];
const began = performance.now();
const loadAverage = loadavg();

// `npm run bench -- --only cpu,e2e` runs those sections alone (by the first word of their name),
// prints their table and writes no results file: a quick check while working on one figure.
const only = process.argv.includes("--only")
  ? (process.argv[process.argv.indexOf("--only") + 1] ?? "").split(",")
  : undefined;

async function section(name: string, run: () => Promise<Row[]> | Row[]) {
  if (only !== undefined && !only.some((word) => name.split(" ")[0]!.toLowerCase() === word)) {
    return;
  }
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}...`);
  rows.push(...(await run()));
  process.stderr.write(` ${((performance.now() - t0) / 1_000).toFixed(1)} s\n`);
}

/** Starts bench/loopback-server in its own process; `stop()` closes its stdin, which ends it. */
async function startServer() {
  const child = spawn(process.execPath, [join(outDir, "loopback-server.mjs")], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
  const { url } = JSON.parse(line) as { url: string };
  return { url, stop: () => (child.stdin.end(), exited) };
}

async function heap(url: string, total = 20_000): Promise<Row[]> {
  const out = await runNode([
    "--expose-gc",
    join(outDir, "heap.mjs"),
    url,
    String(total),
    "16",
    "10",
  ]);
  const { points, garbage, rawGarbage } = JSON.parse(out) as {
    points: { authorizations: number; heapUsed: number }[];
    garbage: number;
    rawGarbage: number;
  };
  const perAuth = slope(
    points.map((p) => p.authorizations),
    points.map((p) => p.heapUsed),
  );
  const growth = points.at(-1)!.heapUsed - points[0]!.heapUsed;
  return [
    {
      section: "heap",
      metric: `heapUsed growth over ${total} authorizations`,
      ours: growth / 1e6,
      baseline: points[0]!.heapUsed / 1e6,
      baselineName: "heapUsed after warm-up",
      unit: "MB",
      ratio: undefined,
      target: "flat: slope < 100 B/auth",
      met: perAuth < 100,
      notes: `slope ${perAuth.toFixed(1)} B/auth; samples (MB): ${points.map((p) => (p.heapUsed / 1e6).toFixed(2)).join(" ")}`,
    },
    {
      section: "heap",
      metric: "garbage per authorization",
      ours: garbage / 1e3,
      baseline: rawGarbage / 1e3,
      baselineName: "raw fetch, signed inline",
      unit: "kB",
      ratio: garbage / rawGarbage,
      target: "(info)",
      met: undefined,
      notes:
        "allocated per authorization, one at a time against the loopback server (v8 GCProfiler)",
    },
  ];
}

function number(value: number | undefined): string {
  if (value === undefined) return "";
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2);
}

function table(all: readonly Row[]): string {
  const header = ["section", "metric", "ours", "baseline", "ratio", "target", "met"];
  const lines = all.map((r) => [
    r.section,
    r.metric,
    `${number(r.ours)} ${r.unit}`,
    r.baseline === undefined ? "" : `${number(r.baseline)} ${r.unit} (${r.baselineName})`,
    r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}x`,
    r.target,
    r.met === undefined ? "" : r.met ? "met" : "NOT MET",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
  const notes = all
    .filter((r) => r.notes)
    .map((r) => `- ${r.section} / ${r.metric.trim()}: ${r.notes}`);
  return [fmt(header), rule, ...lines.map(fmt), "", ...notes].join("\n");
}

await section("bundle sizes", bundles);
await section("install footprint", footprint);
await section("cold import", () => coldImport(7));
await section("cpu per authorization", cpu);
await section("setup with a P12", () => setup(5));
// The loopback server serves the last two sections: started only when one of them runs.
if (only === undefined || only.includes("e2e") || only.includes("heap")) {
  const server = await startServer();
  try {
    await section("e2e over loopback", () =>
      e2e(server.url, [
        { concurrency: 1, count: 2_000 },
        { concurrency: 64, count: 8_000 },
      ]),
    );
    await section("heap growth", () => heap(server.url));
  } finally {
    await server.stop();
  }
}

const seconds = (performance.now() - began) / 1_000;
process.stdout.write(
  `\n${table(rows)}\n\nnode ${process.version}, ${cpus().length} cpus, load average ${loadAverage.map((l) => l.toFixed(2)).join(" ")} at the start, ${seconds.toFixed(0)} s\n`,
);
const results = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  durationSeconds: Math.round(seconds),
  loadAverage,
  rows,
};
if (only !== undefined) process.exit(0);
const file = join(root, "bench/results.json");
writeFileSync(file, await format(JSON.stringify(results), { parser: "json" }));
process.stdout.write(`wrote ${file}\n`);
