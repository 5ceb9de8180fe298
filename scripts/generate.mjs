// @ts-check
// Generates generated/ from spec/ (spec/openapi.yaml and the parts it refers to, bundled by
// `redocly bundle`): the TypeScript types (openapi-typescript), the
// runtime rules the facade validates with (lengths, patterns, enums, required fields) and the
// component schemas as JSON Schema, compiled into the mock server's validators, so that no constraint of the wire format is
// ever typed twice by hand.
//
// Usage: node scripts/generate.mjs [--out DIR]   (default: generated/)
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import * as prettier from "prettier";
import { bundleSpec } from "./lib/bundle.mjs";
import { buildRules } from "./lib/rules.mjs";
import { buildSchemas } from "./lib/schemas.mjs";
import { buildValidators } from "./lib/validators.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const header =
  "// Generated from spec/openapi.yaml by scripts/generate.mjs; do not edit.\n" +
  "// Change the spec (or the generator) and run `npm run generate`.\n\n";

/** @returns {Promise<Record<string, string>>} file name -> contents */
export async function generate() {
  const spec = bundleSpec();
  const ast = await openapiTS(structuredClone(spec), {
    defaultNonNullable: false,
    silent: true,
  });
  const files = {
    "openapi.ts": header + astToString(ast),
    "rules.ts": header + buildRules(spec),
    "schemas.ts": header + buildSchemas(spec),
    "request-validators.ts": header + buildValidators(spec),
  };
  const options = await prettier.resolveConfig(join(root, "generated", "openapi.ts"));
  /** @type {Record<string, string>} */
  const formatted = {};
  for (const [name, source] of Object.entries(files)) {
    formatted[name] = await prettier.format(source, { ...options, parser: "typescript" });
  }
  return formatted;
}

async function main() {
  const outFlag = process.argv.indexOf("--out");
  const outDir = outFlag > 0 ? resolve(process.argv[outFlag + 1] ?? "") : join(root, "generated");
  await mkdir(outDir, { recursive: true });
  for (const [name, contents] of Object.entries(await generate())) {
    await writeFile(join(outDir, name), contents);
  }
  console.log(`generated ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
