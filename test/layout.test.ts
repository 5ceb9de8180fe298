import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkImport, importsOf, layerOf, sourceFiles, violations } from "./support/layers.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("the layout of src/", () => {
  it("has no import that runs back up a layer or around a folder's index.ts", () => {
    expect(violations(root)).toEqual([]);
  });

  it("places every source file in a layer", () => {
    expect(sourceFiles(root, "src").filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it("opens every concept folder with an index.ts that says what the folder is", () => {
    for (const folder of ["auth", "auth/p12", "rules", "payments", "transport"]) {
      const index = path.join(root, "src", folder, "index.ts");
      expect(existsSync(index), folder).toBe(true);
      expect(readFileSync(index, "utf8"), folder).toMatch(/^\/\/ .+\n\/\/ /u);
    }
  });

  it("lets the CLI run examples/checkout/, whose shared files import the package for types only", () => {
    // Compiled into dist/ with the CLI, a value import of "cybersource-jpo" would load the
    // package by its own name (and, under vitest, the last build instead of src/).
    const folder = path.join(root, "examples", "checkout");
    const shared = readdirSync(folder).filter(
      (file) => file.endsWith(".ts") && file !== "server.ts",
    );
    expect(shared).toContain("app.ts");
    for (const file of shared) {
      const text = readFileSync(path.join(folder, file), "utf8");
      expect(text, file).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+"cybersource-jpo[^"]*"/mu);
    }
    expect(readFileSync(path.join(root, "src/cli/checkout.ts"), "utf8")).toContain(
      'from "../../examples/checkout/app.js"',
    );
  });

  it("keeps internal/ to small generic helpers", () => {
    const helpers = sourceFiles(root, "src/internal").map((file) => path.basename(file, ".ts"));
    expect(helpers).toEqual(["bytes", "card", "copy", "der", "json", "sleep"]);
  });
});

describe("the import checker", () => {
  it("reports an import from a lower layer back up", () => {
    expect(checkImport("src/transport/exchange.ts", "src/payments/index.ts")?.why).toMatch(
      /transport may not import payments/u,
    );
    expect(checkImport("src/internal/json.ts", "src/errors.ts")?.why).toMatch(/internal may not/u);
  });

  it("reports an import between rules and auth, which sit side by side", () => {
    expect(checkImport("src/rules/jpo-rules.ts", "src/auth/index.ts")).toBeDefined();
    expect(checkImport("src/auth/jwt.ts", "src/rules/index.ts")).toBeDefined();
  });

  it("reports an import that goes around a folder's index.ts", () => {
    expect(checkImport("src/client.ts", "src/payments/capture.ts")?.why).toMatch(/index\.ts/u);
    expect(checkImport("src/client.ts", "src/payments/index.ts")).toBeUndefined();
  });

  it("lets the CLI and the mock use the SDK only through its entries", () => {
    expect(checkImport("src/cli/demo.ts", "src/index.ts")).toBeUndefined();
    expect(checkImport("src/cli/demo.ts", "src/mock/index.ts")).toBeUndefined();
    expect(checkImport("src/mock/server.ts", "src/rules/index.ts")).toBeDefined();
  });

  it("reads static, re-export, type-only and dynamic imports", () => {
    const text = [
      'import { a } from "../rules/index.js";',
      'import type { B } from "./b.js";',
      'export { c } from "../../generated/rules.js";',
      'const d = () => import("./d.js");',
      'import createClient from "openapi-fetch";',
    ].join("\n");
    expect(importsOf("src/payments/x.ts", text)).toEqual([
      "src/rules/index.ts",
      "src/payments/b.ts",
      "generated/rules.ts",
      "src/payments/d.ts",
    ]);
  });
});
