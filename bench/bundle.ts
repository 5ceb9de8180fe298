// Bundle size, minified and gzipped: the SDK root entry (esbuild, platform neutral, code
// splitting as bundlers do for a dynamic import) against openapi-fetch alone; the p12 and mock
// entries on their own. What loads with the entry counts (the entry and the chunks it imports
// statically); the chunks loaded only on demand (jose's JWE, for MLE) are reported beside it.
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions } from "esbuild";
import { root, type Row } from "./shared.js";

interface Size {
  readonly minified: number;
  readonly gzipped: number;
  /** The biggest packages (or `src`) in the output, in minified bytes. */
  readonly top: string;
  /** Gzipped bytes of the chunks loaded only on demand (dynamic imports). */
  readonly lazy: number;
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
    splitting: true,
    outdir: join(root, "node_modules/.cache/bundle-size"),
    absWorkingDir: root,
    logLevel: "silent",
    ...options,
  });
  const outputs = result.metafile?.outputs;
  if (outputs === undefined) throw new Error("esbuild wrote nothing");
  const files = new Map((result.outputFiles ?? []).map((file) => [file.path, file.contents]));
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint !== undefined);
  if (entry === undefined) throw new Error("esbuild made no entry");
  // The entry and its static imports, transitively: what loading the entry loads.
  const eager = new Set<string>([entry]);
  for (const name of eager) {
    for (const { path, kind } of outputs[name]!.imports) {
      if (kind === "import-statement" && outputs[path] !== undefined) eager.add(path);
    }
  }
  const measure = (names: string[]) => {
    const codes = names.map((name) => files.get(join(root, name)) ?? new Uint8Array());
    const minified = codes.reduce((sum, code) => sum + code.length, 0);
    const gzipped = codes.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0);
    return { minified, gzipped };
  };
  const lazy = Object.keys(outputs).filter((name) => !eager.has(name) && !name.endsWith(".map"));
  const byPackage = new Map<string, number>();
  for (const name of eager) {
    for (const [path, { bytesInOutput }] of Object.entries(outputs[name]!.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(path);
      const pkg = match?.[1] ?? path.split("/")[0] ?? path;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  const top = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${(bytes / 1_000).toFixed(1)}`)
    .join(", ");
  return { ...measure([...eager]), lazy: measure(lazy).gzipped, top };
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
      target: "<= 12 kB added",
      met: added <= 12_000,
      notes: `root total ${kB(rootEntry.gzipped).toFixed(1)} kB gz, ${kB(rootEntry.minified).toFixed(1)} kB min; loaded only with MLE: ${kB(rootEntry.lazy).toFixed(1)} kB gz; largest (kB min): ${rootEntry.top}`,
    },
    info("p12 entry (src/p12.ts)", p12),
    info("mock entry (src/mock/index.ts, platform node)", mock),
  ];
}
