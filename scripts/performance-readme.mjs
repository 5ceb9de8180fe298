// `npm run docs:performance`: regenerates the README's Performance section from the last
// `npm run bench` (bench/results.json), so that the section is never edited by hand. The section
// runs from "## Performance" to the next "## " heading.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const results = JSON.parse(readFileSync(join(root, "bench/results.json"), "utf8"));

/** A figure with 3 significant digits at most, and its unit. */
function figure(value, unit) {
  if (value === undefined || value === null) return "";
  const text = Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
  return `${Number(text)} ${unit}`;
}

const lines = results.rows.map((row) => {
  const baseline =
    row.baseline === undefined ? "" : `${figure(row.baseline, row.unit)} (${row.baselineName})`;
  const ratio = row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}x`;
  const met = row.met === undefined ? "" : row.met ? "met" : "**not met**";
  const cells = [row.section, row.metric.trim(), figure(row.ours, row.unit), baseline, ratio];
  return `| ${[...cells, row.target, met].map((c) => c.replace(/\|/gu, "\\|")).join(" | ")} |`;
});
const notes = results.rows
  .filter((row) => row.notes)
  .map((row) => `- ${row.section}, ${row.metric.trim()}: ${row.notes}`);
const load = results.loadAverage?.map((l) => l.toFixed(2)).join(", ") ?? "not recorded";
const section = [
  "## Performance",
  "",
  "`npm run bench` measures every figure in the same run as its baseline (the official SDK,",
  "`cybersource-rest-client` 0.0.83, is a devDependency used only there) and prints each target",
  "with its ratio, met or not; `npm run docs:performance` writes this section from that run",
  "(`bench/results.json`). Targets are reported, never asserted. See `bench/README.md` for what",
  'each figure measures, and its "Where the time goes" for what keeps the targets not met out',
  "of reach: the floor rows measure the wire work alone, which no authorization can go below.",
  "",
  `This run: ${results.generatedAt.slice(0, 10)}, Node ${results.node}, ${results.cpus} × ${results.cpuModel}, ` +
    `load average ${load} at the start, ${results.durationSeconds} s.`,
  "",
  "| section | metric | cybersource-jpo | baseline | ratio | target | met |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...lines,
  "",
  ...notes,
  "",
].join("\n");

const file = join(root, "README.md");
const readme = readFileSync(file, "utf8");
const start = readme.indexOf("## Performance\n");
const end = readme.indexOf("\n## ", start + 1);
if (start < 0 || end < 0) throw new Error("README.md has no Performance section to replace");
const next = readme.slice(0, start) + section + readme.slice(end + 1);
const options = (await resolveConfig(file)) ?? {};
writeFileSync(file, await format(next, { ...options, filepath: file }));
process.stdout.write(`wrote the Performance section of ${file}\n`);
