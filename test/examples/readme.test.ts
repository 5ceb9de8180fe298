// examples/README.md names only files that exist: every `code span` or link that looks like a
// file of the examples (or of the repository) is found, except the few the reader creates.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { root } from "./support/example.js";

const examples = join(root, "examples");
const readme = readFileSync(join(examples, "README.md"), "utf8");

/** Files the README tells the reader to create, or that a command writes. */
const CREATED_BY_THE_READER = new Set([".dev.vars", "deno.json", "package.json"]);
const FILE = /^[\w./-]+\.(?:ts|js|mjs|json|jsonc|md|html)$|^[\w-]+\/$/u;

/** The file names in code spans, links and `@file` arguments of the README. */
function namedFiles(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\n]+)`/gu)].map((m) => m[1] ?? "");
  const links = [...markdown.matchAll(/\]\(([^)#\s]+)[^)]*\)/gu)].map((m) => m[1] ?? "");
  const words = spans.flatMap((span) => span.split(/\s+/u)).map((w) => w.replace(/^@/u, ""));
  return [...new Set([...words, ...links])].filter(
    (name) => FILE.test(name) && !name.startsWith("build/") && !/^https?:/u.test(name),
  );
}

test("every file the examples README names exists", () => {
  const names = namedFiles(readme);
  expect(names).toEqual(
    expect.arrayContaining([
      "order.json",
      "node-server.ts",
      "cloudflare-worker/",
      "wrangler.jsonc",
    ]),
  );
  const missing = names.filter(
    (name) =>
      !CREATED_BY_THE_READER.has(name) &&
      ![examples, join(examples, "cloudflare-worker"), root].some((dir) =>
        existsSync(join(dir, name)),
      ),
  );
  expect(missing).toEqual([]);
});
