// Bundle size, minified and gzipped: the SDK root entry (esbuild, platform neutral) against
// openapi-fetch alone; the p12 and mock entries on their own.
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions } from "esbuild";
import { root, type Row } from "./shared.js";

interface Size {
  readonly minified: number;
  readonly gzipped: number;
  /** The biggest packages (or `src`) in the output, in minified bytes. */
  readonly top: string;
}

async function size(options: BuildOptions): Promise<Size> {
  const result = await build({
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    absWorkingDir: root,
    logLevel: "silent",
    ...options,
  });
  const code = result.outputFiles?.[0]?.contents;
  if (code === undefined || result.metafile === undefined) throw new Error("esbuild wrote nothing");
  const byPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path);
      const name = match?.[1] ?? path.split("/")[0] ?? path;
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const top = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${(bytes / 1_000).toFixed(1)}`)
    .join(", ");
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, top };
}

const kB = (bytes: number) => bytes / 1_000;

/** The bundle rows: sizes in kB (1000 bytes), gzip level 9. */
export async function bundles(): Promise<Row[]> {
  const rootEntry = await size({ entryPoints: [join(root, "src/index.ts")] });
  const openapiFetch = await size({
    stdin: {
      contents: 'export * from "openapi-fetch"; export { default } from "openapi-fetch";',
      resolveDir: root,
    },
  });
  const p12 = await size({ entryPoints: [join(root, "src/p12.ts")] });
  const mock = await size({ entryPoints: [join(root, "src/mock/index.ts")], platform: "node" });
  const added = rootEntry.gzipped - openapiFetch.gzipped;
  const info = (metric: string, s: Size): Row => ({
    section: "bundle",
    metric,
    ours: kB(s.gzipped),
    baseline: undefined,
    baselineName: "",
    unit: "kB gz",
    ratio: undefined,
    target: "(info)",
    met: undefined,
    notes: `${kB(s.minified).toFixed(1)} kB min; largest (kB min): ${s.top}`,
  });
  return [
    {
      section: "bundle",
      metric: "root entry, added over openapi-fetch",
      ours: kB(added),
      baseline: kB(openapiFetch.gzipped),
      baselineName: "openapi-fetch alone",
      unit: "kB gz",
      ratio: rootEntry.gzipped / openapiFetch.gzipped,
      target: "< 20 kB added",
      met: added < 20_000,
      notes: `root total ${kB(rootEntry.gzipped).toFixed(1)} kB gz, ${kB(rootEntry.minified).toFixed(1)} kB min; largest (kB min): ${rootEntry.top}`,
    },
    info("p12 entry (src/p12.ts)", p12),
    info("mock entry (src/mock/index.ts, platform node)", mock),
  ];
}
