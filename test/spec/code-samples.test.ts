import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { loadSpec } from "./load-spec.js";

// The TypeScript samples in the spec (x-codeSamples, shown in docs/index.html) must compile
// against the real API in src/: each becomes a module importing src/index.ts instead of the
// package, with the variables a sample assumes declared, and tsc checks them all strictly.

const root = new URL("../../", import.meta.url).pathname;
const dir = join(root, ".artifacts", "samples");
const assumed: Record<string, string> = {
  merchantId: "declare const merchantId: string;",
  keyId: "declare const keyId: string;",
  sharedSecret: "declare const sharedSecret: string;",
  client: "declare const client: import('../../src/index.js').JpoClient;",
  request: "declare const request: import('../../src/index.js').JpoAuthorizationRequest;",
};

test("every operation's TypeScript sample compiles against src/", () => {
  const spec = loadSpec();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      const samples = (operation["x-codeSamples"] ?? []).filter((s) => s.lang === "TypeScript");
      expect(samples, `${operation.operationId} has a TypeScript sample`).toHaveLength(1);
      for (const sample of samples) {
        const source = sample.source.replaceAll(
          'from "cybersource-jpo"',
          'from "../../src/index.js"',
        );
        const declared = (name: string) =>
          new RegExp(`(?:const|let)\\s+${name}\\b|import[^;]*\\b${name}\\b`).test(source);
        const preamble = Object.entries(assumed)
          .filter(([name]) => new RegExp(`\\b${name}\\b`).test(source) && !declared(name))
          .map(([, line]) => line);
        writeFileSync(
          join(dir, `${operation.operationId}.ts`),
          [...preamble, "export {};", source].join("\n"),
        );
        count++;
      }
    }
  }
  expect(count).toBe(16);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({ extends: "../../tsconfig.json", include: ["*.ts"], exclude: [] }),
  );
  const tsc = spawnSync(join(root, "node_modules", ".bin", "tsc"), ["-p", dir], {
    encoding: "utf8",
  });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
}, 60_000);
