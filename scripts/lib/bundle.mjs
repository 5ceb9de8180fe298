// @ts-check
// Bundles the multi-file spec (spec/openapi.yaml and the paths/ and components/ it refers to) into
// one document with `redocly bundle`, as generation and the tests need it whole.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The root file of the spec. */
export const specPath = join(root, "spec", "openapi.yaml");

/**
 * The bundled spec as parsed JSON: every `$ref` into another file becomes a local
 * `#/components/...` reference.
 * @returns {any}
 */
export function bundleSpec() {
  const dir = mkdtempSync(join(tmpdir(), "cybersource-jpo-spec-"));
  try {
    const output = join(dir, "openapi.json");
    execFileSync(
      join(root, "node_modules", ".bin", "redocly"),
      ["bundle", specPath, "-o", output],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    return JSON.parse(readFileSync(output, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
