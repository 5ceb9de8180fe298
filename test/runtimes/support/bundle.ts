// Bundles an entry of test/runtimes/entries with the conformance suite, the SDK and its
// dependencies into one file, for runtimes that take a single script.
import { join } from "node:path";
import { build } from "esbuild";
import type { ConformanceTarget } from "../conformance.js";
import { tempFolder } from "./temp.js";

export type Entry = "stdout" | "global" | "worker";

/** Writes the bundle of `entry` for `target` to a fresh temp folder; returns its path. */
export async function bundle(
  entry: Entry,
  target: ConformanceTarget,
  format: "esm" | "iife" = "esm",
): Promise<string> {
  const dir = await tempFolder(entry);
  const outfile = join(dir, format === "esm" ? "conformance.mjs" : "conformance.js");
  await build({
    entryPoints: [new URL(`../entries/${entry}.ts`, import.meta.url).pathname],
    outfile,
    bundle: true,
    format,
    // No Node built-ins and no "node" export condition: only what every runtime has.
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2022",
    define: { __CONFORMANCE_TARGET__: JSON.stringify(target) },
    logLevel: "silent",
  });
  return outfile;
}

/** The report from a run's output: the JSON after the `CONFORMANCE ` marker. */
export function reportIn(output: string): unknown {
  const line = output.split("\n").find((text) => text.includes("CONFORMANCE {"));
  return line === undefined ? undefined : JSON.parse(line.slice(line.indexOf("{")));
}
