import { defineConfig } from "vitest/config";

// Under CI=true a JSON report is written too, for .ci/run's one-line summary.
const ci = process.env.CI === "true";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
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
