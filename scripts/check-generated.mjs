// @ts-check
// Fails when generated/ or docs/index.html differ from what spec/openapi.yaml produces now.
// Usage: node scripts/check-generated.mjs
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";
import { buildDocs } from "./docs.mjs";

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
    const fresh = join(scratch, "index.html");
    buildDocs(fresh);
    if (!sameFile(fresh, join(root, "docs", "index.html"))) stale.push("docs/index.html");
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return stale;
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
    console.error(
      `stale: ${stale.join(", ")}. Run \`npm run generate && npm run docs\` and commit.`,
    );
    process.exit(1);
  }
  console.log("generated/ and docs/ match spec/openapi.yaml");
}
