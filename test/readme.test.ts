import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { formatScenarioTable } from "../src/mock/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** Table rows as arrays of trimmed cells, ignoring alignment and the separator row. */
function rows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s:|-]+\|$/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

test("the README's scenario table is the mock's own", () => {
  const section = /<!-- scenario-table[^>]*-->([\s\S]*?)<!-- \/scenario-table -->/.exec(readme);
  expect(section).not.toBeNull();
  expect(rows(section?.[1] ?? "")).toEqual(rows(formatScenarioTable()));
});

test("the README starts with the main job and the test command", () => {
  const [first, second] = /```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split("\n") ?? [];
  expect(first).toMatch(/^npm ci && npm start\s+#/);
  expect(second).toMatch(/^npm ci && npm test\s+#/);
});
