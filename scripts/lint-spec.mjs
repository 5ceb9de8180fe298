// @ts-check
// Lints the spec (spec/openapi.yaml and the parts it refers to) with Redocly's recommended-strict rules (redocly.yaml), telemetry off.
// Usage: node scripts/lint-spec.mjs
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(
  join(root, "node_modules", ".bin", "redocly"),
  ["lint", "spec/openapi.yaml"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  },
);
process.exit(result.status ?? 1);
