// The published .d.ts files in strict consumer projects (skipLibCheck: false): Node-only with
// @types/node 20, 22 and 24 and no DOM lib, the DOM lib alone, Bun's types, Deno's `deno check`,
// and TypeScript 5.7 (the oldest that compiles) and the latest release. The compilers and type packages come from
// test/packaging/types-matrix (its own package: they cannot share one node_modules).
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect } from "vitest";
import { describeRun, runCommand } from "../runtimes/support/command.js";
import { runtimes, runtimeTest, type Runtime } from "../runtimes/support/runtimes.js";
import { tempFolder } from "../runtimes/support/temp.js";
import { installInto } from "./installed.js";
import { packOnce, repoRoot } from "./pack.js";

const matrix = join(repoRoot, "test/packaging/types-matrix/node_modules");
const typesMatrix: Runtime = {
  name: "the types matrix (TypeScript 5.7 and latest, @types/node 20/22/24, @types/bun)",
  path: join(matrix, "typescript-latest/package.json"),
  install: "npm ci --prefix test/packaging/types-matrix",
};

const web = `import { createJpoClient, jwtAuth, validateJpoAuthorization, type JpoAuthorizationRequest, type WebCryptoKey } from "cybersource-jpo";
import { jwtAuth as p12Auth } from "cybersource-jpo/p12";
export const key: WebCryptoKey | undefined = undefined;
export const client = createJpoClient({ environment: "test", auth: jwtAuth({ merchantId: "m", keyId: "k", sharedSecret: "c2VjcmV0" }) });
export const issues = (request: JpoAuthorizationRequest) => validateJpoAuthorization(request).length;
export const p12 = typeof p12Auth;
`;
const node = `${web}import { startMockCybersource } from "cybersource-jpo/mock";
export const mock = startMockCybersource;
`;

interface Case {
  readonly tsc: string;
  readonly lib: readonly string[];
  /** The folder whose `node` or `bun` entry is the type package, or none. */
  readonly types: readonly string[];
  readonly typeRoot?: string;
  readonly file: "web.ts" | "node.ts";
}

const tsc = {
  project: join(repoRoot, "node_modules/typescript/bin/tsc"),
  "5.7": join(matrix, "typescript-5.7/bin/tsc"),
  latest: join(matrix, "typescript-latest/bin/tsc"),
};
const nodeOnly = (major: 20 | 22 | 24): Case => ({
  tsc: tsc.project,
  lib: ["ES2022"],
  types: ["node"],
  typeRoot: `types-node${major}`,
  file: "node.ts",
});
const cases: Record<string, Case> = {
  "Node-only, @types/node 20": nodeOnly(20),
  "Node-only, @types/node 22": nodeOnly(22),
  "Node-only, @types/node 24": nodeOnly(24),
  "the DOM lib and no Node types": {
    tsc: tsc.project,
    lib: ["ES2022", "DOM"],
    types: [],
    file: "web.ts",
  },
  "Bun's types (@types/bun)": {
    tsc: tsc.project,
    lib: ["ES2022"],
    types: ["bun"],
    typeRoot: "@types/bun",
    file: "node.ts",
  },
  // The oldest that compiles: our `Uint8Array<ArrayBuffer>` and openapi-fetch 0.17's own types
  // need TypeScript 5.7 (5.0 fails on both).
  "TypeScript 5.7": { tsc: tsc["5.7"], lib: ["ES2022", "DOM"], types: [], file: "web.ts" },
  "TypeScript latest": { tsc: tsc.latest, lib: ["ES2022", "DOM"], types: [], file: "web.ts" },
};

let dir: string;
beforeAll(async () => {
  dir = await tempFolder("types");
  await installInto(dir, (await packOnce()).tarball);
  // An ESM project, as the package is ESM-only.
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "types", type: "module" }));
  await writeFile(join(dir, "web.ts"), web);
  await writeFile(join(dir, "node.ts"), node);
}, 300_000);

/** A type root holding only `name` -> the matrix's package `from`. */
async function typeRoot(name: string, from: string): Promise<string> {
  const root = join(dir, `types-${name}-${from.replace(/\W/g, "_")}`);
  await mkdir(root, { recursive: true });
  await symlink(join(matrix, from), join(root, name)).catch(() => undefined);
  return root;
}

describe("the published types in strict consumer projects", () => {
  for (const [name, c] of Object.entries(cases)) {
    runtimeTest(
      typesMatrix,
      `compile with ${name}`,
      async () => {
        const typeRoots = c.typeRoot === undefined ? [] : [await typeRoot(c.types[0]!, c.typeRoot)];
        const config = join(dir, `tsconfig.${name.replace(/\W+/g, "-")}.json`);
        const compilerOptions = {
          target: "ES2022",
          lib: c.lib,
          types: c.types,
          typeRoots,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          skipLibCheck: false,
          noEmit: true,
        };
        await writeFile(config, JSON.stringify({ compilerOptions, files: [c.file] }));
        const run = await runCommand(process.execPath, [c.tsc, "-p", config], {
          cwd: dir,
          timeoutMs: 120_000,
        });
        expect(run.code, describeRun(run)).toBe(0);
      },
      120_000,
    );
  }

  runtimeTest(
    runtimes.deno,
    "compile with deno check",
    async () => {
      await writeFile(join(dir, "deno.json"), JSON.stringify({ nodeModulesDir: "manual" }));
      const args = ["check", "--cached-only", "web.ts"];
      const run = await runCommand(runtimes.deno.path, args, { cwd: dir, timeoutMs: 120_000 });
      expect(run.code, describeRun(run)).toBe(0);
    },
    120_000,
  );
});
