import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { publint } from "publint";
import { beforeAll, describe, expect, test } from "vitest";
import { describeRun, runCommand } from "../runtimes/support/command.js";
import { tempFolder } from "../runtimes/support/temp.js";
import { compileConsumer, createConsumer, runConsumer, type Resolution } from "./consumer.js";
import { packOnce, repoRoot, type Packed } from "./pack.js";

// The run's one tarball, shared with the install and types tests.
let packed: Packed;
beforeAll(async () => {
  packed = await packOnce();
}, 180_000);

describe("the packed tarball", () => {
  test("ships the compiled entry points with their types, and no sources or tests", () => {
    for (const entry of ["index", "p12", "mock/index"]) {
      expect(packed.files).toContain(`dist/src/${entry}.d.ts`);
      expect(packed.files).toContain(`dist/bundle/${entry.replace("/index", "")}.js`);
    }
    // openapi-fetch and @noble/hashes are bundled in: their licenses ship with them.
    expect(packed.files).toContain("dist/bundle/THIRD-PARTY-LICENSES.txt");
    const outside = packed.files.filter((file) => !file.startsWith("dist/"));
    expect(outside.sort()).toEqual(["LICENSE", "README.md", "package.json"]);
    const sources = packed.files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"));
    expect(sources).toEqual([]);
    expect(packed.files.filter((file) => /(^|\/)test\//.test(file))).toEqual([]);
  });

  test("passes publint with no suggestion, warning or error", async () => {
    const bytes = await readFile(packed.tarball);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // Unpacked in memory, the files sit under `package/`, as in any npm tarball.
    const { messages } = await publint({
      pkgDir: "package",
      pack: { tarball },
      level: "suggestion",
    });
    expect(messages).toEqual([]);
  });

  // ESM only: the only problems allowed are a CommonJS `require` (node16-cjs; Node >= 20.19
  // can require ESM) and node10 resolution, which predates `exports` and cannot see subpaths.
  test("passes @arethetypeswrong/cli with the esm-only profile", async () => {
    const attw = join(repoRoot, "node_modules/@arethetypeswrong/cli/dist/index.js");
    const args = [attw, packed.tarball, "--profile", "esm-only", "--format", "json"];
    const run = await runCommand(process.execPath, args, { timeoutMs: 60_000 });
    expect(run.code, describeRun(run)).toBe(0);
    const { problems } = JSON.parse(run.stdout) as {
      problems: Record<string, { resolutionKind?: string }[]>;
    };
    const kinds = Object.values(problems).flatMap((list) => list.map((p) => p.resolutionKind));
    expect(kinds.filter((kind) => kind !== "node10" && kind !== "node16-cjs")).toEqual([]);
  });
});

describe("a TypeScript project that installs the tarball", () => {
  let consumer: string;
  beforeAll(async () => {
    consumer = await tempFolder("consumer");
    await createConsumer(packed.tarball, consumer);
  }, 180_000);

  test.each<Resolution>(["bundler", "node16"])(
    "type-checks with moduleResolution %s and authorizes against the mock",
    async (resolution) => {
      const compiled = await compileConsumer(consumer, resolution);
      expect(compiled.code, describeRun(compiled)).toBe(0);
      const run = await runConsumer(consumer, resolution);
      expect(run.code, describeRun(run)).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        status: "AUTHORIZED",
        recorded: 1,
        problems: 0,
        jwtAuth: "function",
        sharedErrors: true,
        wrongMethod: true,
      });
    },
    60_000,
  );
});
