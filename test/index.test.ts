import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as errors from "../src/errors.js";
import * as core from "../src/index.js";
import * as p12 from "../src/p12.js";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/**
 * Every file reachable from `entry` through value (non-`import type`) imports, static or dynamic
 * (`import("jose")`), and the bare specifiers.
 */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, what, specifier] of source.matchAll(
      /^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gm,
    )) {
      if (what !== undefined) continue;
      if (specifier!.startsWith("."))
        visit(join(dirname(file), specifier!.replace(/\.js$/, ".ts")));
      else packages.add(specifier!);
    }
    for (const [, specifier] of source.matchAll(/\bimport\("([^"]+)"\)/g)) {
      if (specifier!.startsWith("."))
        visit(join(dirname(file), specifier!.replace(/\.js$/, ".ts")));
      else packages.add(specifier!);
    }
  };
  visit(join(SRC, entry));
  return { files, packages };
}

describe("public API", () => {
  it("exports the signing factories, AuthConfigError and everything in errors.ts", () => {
    expect(typeof core.httpSignatureAuth).toBe("function");
    expect(typeof core.jwtAuth).toBe("function");
    expect(typeof core.AuthConfigError).toBe("function");
    for (const name of Object.keys(errors)) expect(core).toHaveProperty(name);
    expect(Object.keys(p12)).toEqual(["jwtAuth"]);
  });

  it("makes AuthConfigError a CybersourceJpoError with a stable code and a field", () => {
    const error = new core.AuthConfigError("keyId", "keyId is missing.");
    expect(error).toBeInstanceOf(core.CybersourceJpoError);
    expect(core.isCybersourceJpoError(error)).toBe(true);
    expect(error).toMatchObject({
      name: "AuthConfigError",
      code: "AUTH_CONFIG_INVALID",
      field: "keyId",
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: "AUTH_CONFIG_INVALID",
      name: "AuthConfigError",
      field: "keyId",
      message: "keyId is missing.",
    });
  });
});

describe("bundle boundaries", () => {
  it("keeps the P12 reader, its ciphers and legacy hashes out of the core entry", () => {
    const { files, packages } = importGraph("index.ts");
    const names = [...files].map((file) => file.slice(SRC.length + 1));
    expect(names).toContain("auth/http-signature.ts");
    expect(names.filter((name) => /p12|rc2|des\.ts|cbc/.test(name))).toEqual([]);
    // SHA-256 and HMAC only: HTTP Signature and HS256 hash synchronously in every runtime.
    expect([...packages].filter((name) => name.startsWith("@noble/")).sort()).toEqual([
      "@noble/hashes/hmac.js",
      "@noble/hashes/sha2.js",
    ]);
  });

  it("signs without openapi-fetch or Node built-ins at runtime", () => {
    const used = new Set<string>();
    for (const entry of ["auth/http-signature.ts", "auth/jwt.ts", "p12.ts"]) {
      for (const name of importGraph(entry).packages) used.add(name);
    }
    expect([...used].sort()).toEqual([
      "@noble/hashes/hmac.js",
      "@noble/hashes/legacy.js",
      "@noble/hashes/sha2.js",
      "jose",
    ]);
  });
});
