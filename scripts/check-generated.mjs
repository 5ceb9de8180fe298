// @ts-check
// Fails when generated/ or docs/ (index.html, guide.html, api/) differ from what spec/,
// guide/ and the TSDoc of src/ produce now.
// Usage: node scripts/check-generated.mjs
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";
import { buildSite } from "./docs.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** @returns {Promise<string[]>} the stale files, relative to the repository root */
export async function staleFiles() {
  const stale = [];
  const expected = await generate();
  const present = readdirSync(join(root, "generated"));
  for (const name of new Set([...present, ...Object.keys(expected)])) {
    const path = join(root, "generated", name);
    const actual = present.includes(name) ? readFileSync(path, "utf8") : undefined;
    if (actual !== expected[name]) stale.push(`generated/${name}`);
  }
  const scratch = mkdtempSync(join(tmpdir(), "cybersource-jpo-docs-"));
  try {
    await buildSite(scratch);
    const docs = join(root, "docs");
    for (const name of ["index.html", "guide.html"]) {
      if (!sameFile(join(scratch, name), join(docs, name))) stale.push(`docs/${name}`);
    }
    const fresh = filesUnder(join(scratch, "api"));
    const committed = filesUnder(join(docs, "api"));
    for (const name of new Set([...fresh, ...committed])) {
      if (!sameFile(join(scratch, "api", name), join(docs, "api", name))) {
        stale.push(`docs/api/${name}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return stale;
}

/** Every file under `dir`, as paths relative to it; none when it does not exist. @param {string} dir */
function filesUnder(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/** @param {string} a @param {string} b */
function sameFile(a, b) {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stale = await staleFiles();
  if (stale.length > 0) {
    const shown = stale.length > 10 ? [...stale.slice(0, 10), `${stale.length - 10} more`] : stale;
    console.error(
      `stale: ${shown.join(", ")}. Run \`npm run generate && npm run docs\` and commit.`,
    );
    process.exit(1);
  }
  console.log("generated/ and docs/ match spec/, guide/ and src/");
}
