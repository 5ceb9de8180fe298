// @ts-check
// Builds docs/index.html from spec/openapi.yaml with Redocly: one self-contained file (the Redoc
// bundle inlined) that renders with no network and sends no telemetry.
// Usage: node scripts/docs.mjs [output]   (default: docs/index.html)
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** @param {string} output */
export function buildDocs(output) {
  mkdirSync(dirname(output), { recursive: true });
  const cli = join(root, "node_modules", ".bin", "redocly");
  // Redocly prints banners on stderr even on success; show its output only when it fails.
  execFileSync(
    cli,
    [
      "build-docs",
      "spec/openapi.yaml",
      "--inlineBundle",
      "--title",
      "cybersource-jpo: Cybersource JPO payments API reference",
      "--output",
      output,
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const output = resolve(process.argv[2] ?? join(root, "docs", "index.html"));
  buildDocs(output);
  console.log(`built ${output}`);
}
