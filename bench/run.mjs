// `npm run bench`: bundles bench/*.ts with esbuild (dependencies stay external) into
// node_modules/.cache/cybersource-jpo-bench-<checkout> (one per checkout: worktrees may share
// node_modules), then runs bench/main.ts from there.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, `node_modules/.cache/cybersource-jpo-bench-${root.replace(/\W+/gu, "_")}`);
await build({
  entryPoints: ["main", "loopback-server", "heap"].map((name) => join(root, "bench", `${name}.ts`)),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outdir: out,
  outExtension: { ".js": ".mjs" },
  logLevel: "warning",
});
process.env.JPO_BENCH_ROOT = root;
process.env.JPO_BENCH_OUT = out;
await import(pathToFileURL(join(out, "main.mjs")).href);
