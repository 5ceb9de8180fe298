import { defineConfig } from "vitest/config";

// Under CI=true a JSON report is written too, for .ci/run's one-line summary.
const ci = process.env.CI === "true";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Limits that say "it does not hang", not how fast it runs: on a loaded 2-core machine a
    // property test of a few hundred requests can take more than vitest's default 5 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["./test/support/global-setup.ts"],
    typecheck: {
      enabled: true,
      tsconfig: "./tsconfig.test.json",
      include: ["test/**/*.test-d.ts"],
    },
    reporters: ci ? ["default", "json"] : ["default"],
    outputFile: ci ? { json: ".artifacts/vitest.json" } : {},
  },
});
