// Cold import time in a fresh node process (median of several, interleaved): our root entry as
// one esbuild ESM bundle, and as published (dist/bundle/ from `npm run build`, when built),
// against require("cybersource-rest-client").
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { median, root, runNode, type Row } from "./shared.js";

const timeImport = (file: string) =>
  runNode([
    "--input-type=module",
    "-e",
    `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)});` +
      "process.stdout.write(String(performance.now() - t));",
  ]).then(Number);

const timeOfficial = () =>
  runNode([
    "-e",
    'const t = performance.now(); require("cybersource-rest-client");' +
      "process.stdout.write(String(performance.now() - t));",
  ]).then(Number);

/** Median ms of `runs` fresh imports of each; rows compare ours with the official SDK. */
export async function coldImport(runs = 7): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), "jpo-bench-"));
  try {
    const bundle = join(dir, "index.mjs");
    await build({
      entryPoints: [join(root, "src/index.ts")],
      bundle: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      outfile: bundle,
      absWorkingDir: root,
      logLevel: "silent",
    });
    const dist = join(root, "dist/bundle/index.js");
    const withDist = existsSync(dist);
    const times = { ours: [] as number[], dist: [] as number[], official: [] as number[] };
    for (let i = 0; i < runs; i++) {
      times.ours.push(await timeImport(bundle));
      if (withDist) times.dist.push(await timeImport(dist));
      times.official.push(await timeOfficial());
    }
    const official = median(times.official);
    const row = (metric: string, ms: number): Row => ({
      section: "cold import",
      metric,
      ours: ms,
      baseline: official,
      baselineName: 'require("cybersource-rest-client")',
      unit: "ms",
      ratio: ms / official,
      target: ">= 25x faster (<= 0.04x)",
      met: official / ms >= 25,
      notes: `${(official / ms).toFixed(0)}x faster; ${runs} runs each`,
    });
    const rows = [row("root entry, esbuild ESM bundle", median(times.ours))];
    if (withDist) rows.push(row("root entry as published (dist/bundle)", median(times.dist)));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
