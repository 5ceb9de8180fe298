// Part of `npm run build`: the published entry points as ESM bundles in dist/bundle/, built after
// tsc (whose dist/src/ keeps the types, the CLI and the examples). One esbuild run with code
// splitting: what the entries share (errors, the client) sits in shared chunks, so that a class
// is the same class whichever entry it is imported from. Dependencies stay imports (npm dedupes
// them, bundlers see them); nothing is minified, so stack traces stay readable. A bundle loads
// in a fraction of the time of ~150 separate modules (see bench/README.md, cold import).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
await build({
  absWorkingDir: root,
  entryPoints: { index: "src/index.ts", p12: "src/p12.ts", mock: "src/mock/index.ts" },
  outdir: "dist/bundle",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  packages: "external",
  external: ["node:*"],
  legalComments: "none",
  logLevel: "warning",
});
