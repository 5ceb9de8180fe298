// Part of `npm run build`: the published entry points as ESM bundles in dist/bundle/, built after
// tsc (whose dist/src/ keeps the types, the CLI and the examples). One esbuild run with code
// splitting: what the entries share (errors, the client) sits in shared chunks, so that a class
// is the same class whichever entry it is imported from. `openapi-fetch` and `@noble/hashes`
// (small, pinned to exact versions) are bundled in; `jose` stays an import (loaded only for MLE
// and token checks); Node's builtins (the mock's) stay imports. Nothing is minified, so stack
// traces stay readable. A bundle loads in a fraction of the time of ~150 separate modules and
// their dependencies' (see bench/README.md, cold import).
import { readFileSync, writeFileSync } from "node:fs";
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
  external: ["node:*", "jose"],
  legalComments: "none",
  logLevel: "warning",
});

// The bundled packages' MIT licenses travel with the code they cover.
const bundled = ["openapi-fetch", "@noble/hashes"];
const notices = bundled.map((name) => {
  const { version } = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json")));
  const license = readFileSync(join(root, "node_modules", name, "LICENSE"), "utf8").trim();
  return `${name} ${version}, bundled into the files of this folder\n\n${license}\n`;
});
writeFileSync(join(root, "dist/bundle/THIRD-PARTY-LICENSES.txt"), notices.join("\n---\n\n"));
