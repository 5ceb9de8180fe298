// Install footprint of production dependencies: the closure of `dependencies` as installed in
// node_modules, ours against cybersource-rest-client's, counted in packages and disk usage.
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { root, type Row } from "./shared.js";

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const manifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;

/** Where `name` resolves from `from`, as node does (nearest node_modules upwards). */
function resolvePackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The installed folders of `names` and everything they depend on, from `from`. */
function closure(names: readonly string[], from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string, parent: string, optional: boolean) => {
    const dir = resolvePackage(name, parent);
    if (dir === undefined) {
      if (optional) return;
      throw new Error(`${name} is not installed (needed by ${parent})`);
    }
    if (seen.has(dir)) return;
    seen.add(dir);
    const m = manifest(dir);
    for (const dep of Object.keys(m.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(m.optionalDependencies ?? {})) visit(dep, dir, true);
    for (const dep of Object.keys(m.peerDependencies ?? {})) {
      visit(dep, dir, m.peerDependenciesMeta?.[dep]?.optional === true);
    }
  };
  for (const name of names) visit(name, from, false);
  return seen;
}

/** Disk usage (512-byte blocks, as du) of `dir` without its nested node_modules. */
function diskUsage(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" && entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    const stat = lstatSync(path);
    bytes += stat.blocks * 512;
    if (entry.isDirectory()) bytes += diskUsage(path);
  }
  return bytes;
}

const total = (dirs: Iterable<string>) => [...dirs].reduce((sum, dir) => sum + diskUsage(dir), 0);

/** Rows: package count and MB (10^6 bytes) of ours against the official SDK. */
export function footprint(): Row[] {
  const ours = closure(Object.keys(manifest(root).dependencies ?? {}), root);
  const official = closure(["cybersource-rest-client"], root);
  const dist = join(root, "dist");
  const ownBytes = existsSync(dist) ? diskUsage(dist) + 4096 : undefined;
  const oursBytes = total(ours) + (ownBytes ?? 0);
  const officialBytes = total(official);
  const names = [...ours]
    .map((dir) => ({
      name: dir.slice(dir.lastIndexOf("node_modules/") + 13),
      bytes: diskUsage(dir),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .map(({ name, bytes }) => `${name} ${(bytes / 1e6).toFixed(2)}`);
  return [
    {
      section: "install",
      metric: "production packages",
      ours: ours.size + 1,
      baseline: official.size,
      baselineName: "cybersource-rest-client",
      unit: "packages",
      ratio: (ours.size + 1) / official.size,
      target: "(info)",
      met: undefined,
      notes: `this package + (MB) ${names.join(", ")}`,
    },
    {
      section: "install",
      metric: "production install size",
      ours: oursBytes / 1e6,
      baseline: officialBytes / 1e6,
      baselineName: "cybersource-rest-client",
      unit: "MB",
      ratio: oursBytes / officialBytes,
      target: "(info)",
      met: undefined,
      notes: ownBytes === undefined ? "dependencies only: no dist/ built" : "dist/ + dependencies",
    },
  ];
}
