// @ts-check
// Builds the docs site in docs/, browsable offline and servable as it is:
// - index.html: the HTTP API reference, from spec/openapi.yaml with Redocly; one self-contained
//   file (the Redoc bundle inlined) that renders with no network and sends no telemetry,
//   finished by lib/reference-html.mjs (no CDN logo, relative links, fonts, wrapped code);
// - guide.html: the guide, from the Markdown chapters in guide/ (scripts/guide.mjs);
// - api/: the SDK reference, from the TSDoc of src/ with TypeDoc (scripts/api-docs.mjs).
// Usage: node scripts/docs.mjs [folder]   (default: docs)
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildApiDocs } from "./api-docs.mjs";
import { buildGuide } from "./guide.mjs";
import { finishReference } from "./lib/reference-html.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** @param {string} output */
function redoclyArgs(output) {
  const cli = join(root, "node_modules", ".bin", "redocly");
  const args = [
    "build-docs",
    "spec/openapi.yaml",
    "--inlineBundle",
    "--title",
    "cybersource-jpo: Cybersource JPO payments API reference",
    "--output",
    output,
  ];
  // Redocly prints banners on stderr even on success; show its output only when it fails.
  const options = {
    cwd: root,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  };
  return /** @type {const} */ ([cli, args, options]);
}

/** Builds the HTTP API reference (Redoc) to `output`. @param {string} output */
export function buildDocs(output) {
  mkdirSync(dirname(output), { recursive: true });
  const [cli, args, options] = redoclyArgs(output);
  execFileSync(cli, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  finish(output);
}

/** @param {string} file */
function finish(file) {
  writeFileSync(file, finishReference(readFileSync(file, "utf8")));
}

/**
 * Builds the whole site into `dir`: index.html, guide.html and api/. Redocly runs in its own
 * process while TypeDoc runs here. Returns TypeDoc's warnings.
 *
 * @param {string} dir
 * @param {{ validate?: boolean }} [options] passed to {@link buildApiDocs}
 * @returns {Promise<string[]>}
 */
export async function buildSite(dir, options = {}) {
  mkdirSync(dir, { recursive: true });
  const output = join(dir, "index.html");
  const [cli, args, execOptions] = redoclyArgs(output);
  const reference = promisify(execFile)(cli, args, execOptions).then(() => finish(output));
  buildGuide(join(dir, "guide.html"));
  const [warnings] = await Promise.all([buildApiDocs(join(dir, "api"), options), reference]);
  return warnings;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(root, "docs"));
  const warnings = await buildSite(dir);
  for (const warning of warnings) console.error(warning);
  console.log(
    `built ${join(dir, "index.html")}, ${join(dir, "guide.html")} and ${join(dir, "api")}/`,
  );
}
