import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

test("the README's quickstart compiles against src/", () => {
  const source = /## Quickstart\n+```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(source).toBeDefined();
  const dir = new URL("../.artifacts/readme/", import.meta.url).pathname;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const declared = ["merchantId", "keyId", "sharedSecret", "transientTokenJwt"]
    .map((name) => `declare const ${name}: string;`)
    .join("\n");
  const module = (source ?? "").replaceAll('from "cybersource-jpo"', 'from "../../src/index.js"');
  writeFileSync(`${dir}quickstart.ts`, `${declared}\nexport {};\n${module}`);
  writeFileSync(
    `${dir}tsconfig.json`,
    JSON.stringify({ extends: "../../tsconfig.json", include: ["*.ts"], exclude: [] }),
  );
  const tsc = spawnSync(
    new URL("../node_modules/.bin/tsc", import.meta.url).pathname,
    ["-p", dir],
    {
      encoding: "utf8",
    },
  );
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
}, 60_000);
