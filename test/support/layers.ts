// The architecture of src/ as data, and a checker over its import graph (see shared/STYLE.md,
// Boundaries): imports flow one way, index -> client -> payments -> {rules, auth} -> transport ->
// kernel (errors, redact, hooks) -> internal -> generated, and a concept folder is entered only
// through its index.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A group of files that import each other freely; `rank` orders the groups (lower imports higher). */
interface Layer {
  readonly name: string;
  readonly rank: number;
  readonly matches: (file: string) => boolean;
  /** A folder entered from outside only through its index.ts. */
  readonly folder?: string;
}

const under = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const exactly =
  (...names: string[]) =>
  (file: string) =>
    names.includes(file);

// Most specific first: `src/auth/p12` before `src/auth`.
export const layers: readonly Layer[] = [
  { name: "cli", rank: 0, matches: under("src/cli"), folder: "src/cli" },
  { name: "mock", rank: 0, matches: under("src/mock"), folder: "src/mock" },
  { name: "entries", rank: 1, matches: exactly("src/index.ts", "src/p12.ts") },
  { name: "client", rank: 2, matches: exactly("src/client.ts", "src/client-options.ts") },
  { name: "payments", rank: 3, matches: under("src/payments"), folder: "src/payments" },
  { name: "auth/p12", rank: 3, matches: under("src/auth/p12"), folder: "src/auth/p12" },
  // Webhooks verify notifications with auth's key readers: above auth, beside payments.
  { name: "webhooks", rank: 3, matches: under("src/webhooks"), folder: "src/webhooks" },
  { name: "rules", rank: 4, matches: under("src/rules"), folder: "src/rules" },
  { name: "auth", rank: 4, matches: under("src/auth"), folder: "src/auth" },
  { name: "transport", rank: 5, matches: under("src/transport"), folder: "src/transport" },
  {
    name: "kernel",
    rank: 6,
    matches: exactly("src/errors.ts", "src/redact.ts", "src/hooks.ts"),
  },
  { name: "internal", rank: 7, matches: under("src/internal") },
  { name: "generated", rank: 8, matches: under("generated") },
];

/** The layer a repository-relative path belongs to, or `undefined` (a package, a test). */
export function layerOf(file: string): Layer | undefined {
  return layers.find((layer) => layer.matches(file));
}

/** One import that breaks the architecture, in words a reader can act on. */
export interface Violation {
  readonly from: string;
  readonly to: string;
  readonly why: string;
}

/** The rule an import `from -> to` breaks, if any. Both are repository-relative `.ts` paths. */
export function checkImport(from: string, to: string): Violation | undefined {
  const source = layerOf(from);
  const target = layerOf(to);
  if (source === undefined || target === undefined) return undefined;
  if (source === target) return undefined;
  const isApp = source.rank === 0;
  if (isApp && !["entries", "generated", "internal"].includes(target.name) && target.rank !== 0) {
    return { from, to, why: `${source.name} uses the SDK through its entries, not ${target.name}` };
  }
  if (target.rank < source.rank || (target.rank === source.rank && !isApp)) {
    return { from, to, why: `${source.name} may not import ${target.name}: it is not below it` };
  }
  if (target.folder !== undefined && to !== `${target.folder}/index.ts`) {
    return { from, to, why: `${target.folder}/ is entered only through its index.ts` };
  }
  return undefined;
}

const specifiers =
  /(?:^|\s)(?:import|export)\b[^;"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

/** The relative imports of a source text, resolved to repository-relative `.ts` paths. */
export function importsOf(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(specifiers)) {
    const spec = match[1] ?? match[2];
    if (spec === undefined || !spec.startsWith(".")) continue;
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    found.push(resolved.replace(/\.js$/u, ".ts"));
  }
  return found;
}

/** Every `.ts` file under `dir` (repository-relative, `/`-separated). */
export function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
}

/** Every violation in the tree at `root`. */
export function violations(root: string): Violation[] {
  return sourceFiles(root, "src").flatMap((file) =>
    importsOf(file, readFileSync(path.join(root, file), "utf8")).flatMap((to) => {
      const broken = checkImport(file, to);
      return broken === undefined ? [] : [broken];
    }),
  );
}
