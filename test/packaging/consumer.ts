// A scratch project under the OS temp folder that installs the packed tarball like a user would,
// then type-checks and runs test/packaging/consumer/main.ts under a chosen module resolution.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeRun, runCommand, type CommandResult } from "../runtimes/support/command.js";
import { repoRoot } from "./pack.js";

export type Resolution = "bundler" | "node16";

const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");

/** The compiler options of a strict consumer with Node types (the SDK's types name Web Crypto's `CryptoKey`, which only the DOM lib declares). */
function tsconfig(resolution: Resolution) {
  return {
    compilerOptions: {
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      types: ["node"],
      module: resolution === "bundler" ? "ESNext" : "Node16",
      moduleResolution: resolution,
      strict: true,
      // The shipped .d.ts files are checked too, as part of the consumer's program.
      skipLibCheck: false,
      rootDir: "src",
      outDir: `out-${resolution}`,
    },
    include: ["src"],
  };
}

/** Creates the project in `dir` and installs the tarball and `@types/node`, npm's cache first. */
export async function createConsumer(tarball: string, dir: string): Promise<void> {
  await mkdir(join(dir, "src"));
  await copyFile(new URL("consumer/main.ts", import.meta.url), join(dir, "src/main.ts"));
  const manifest = { name: "consumer", private: true, type: "module" };
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest));
  const install = await runCommand(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, "@types/node@20.19.43"],
    { cwd: dir, timeoutMs: 120_000 },
  );
  if (install.code !== 0) throw new Error(`npm install failed: ${describeRun(install)}`);
}

/** Type-checks and compiles the consumer for `resolution`; returns tsc's run. */
export async function compileConsumer(dir: string, resolution: Resolution): Promise<CommandResult> {
  const config = join(dir, `tsconfig.${resolution}.json`);
  await writeFile(config, JSON.stringify(tsconfig(resolution), null, 2));
  return runCommand(process.execPath, [tsc, "-p", config], { cwd: dir, timeoutMs: 60_000 });
}

/** Runs the compiled consumer with this Node. */
export function runConsumer(dir: string, resolution: Resolution): Promise<CommandResult> {
  return runCommand(process.execPath, [join(dir, `out-${resolution}/main.js`)], {
    cwd: dir,
    timeoutMs: 30_000,
  });
}
