// The guide's Markdown (guide/*.md): its TypeScript snippets compile against the real API, and the
// tables it copies from the code are the code's own.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, test } from "vitest";
import { chapterFiles } from "../../scripts/guide.mjs";
import { validateJpoAuthorization } from "../../src/index.js";
import { formatScenarioTable } from "../../src/mock/index.js";
import published from "../fixtures/published-installment-request.json" with { type: "json" };

const root = new URL("../../", import.meta.url).pathname;
const chapters = chapterFiles().map((file) => ({
  name: basename(file, ".md"),
  text: readFileSync(file, "utf8"),
}));
const guide = chapters.map((chapter) => chapter.text).join("\n");

/** The names a snippet may use without declaring them, as the guide's prose introduces them. */
const GLOBALS = `import type { JpoAuthorizationRequest, JpoClient } from "cybersource-jpo";
declare global {
  const client: JpoClient;
  const request: JpoAuthorizationRequest;
  const merchantId: string;
  const keyId: string;
  const sharedSecret: string;
  const keyPem: string;
  const certPem: string;
  const paymentId: string;
}
`;

/** Table rows as arrays of trimmed cells, ignoring alignment and the separator row. */
function rows(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s:|-]+\|$/u.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

/** The text between `<!-- name ... -->` and the end of the next fenced block or closing marker. */
function section(name: string): string {
  const match = new RegExp(
    `<!-- ${name}[^>]*-->([\\s\\S]*?)(?:<!-- /${name} -->|\`\`\`\\n\\n)`,
    "u",
  ).exec(guide);
  if (match?.[1] === undefined) throw new Error(`no ${name} section in guide/`);
  return match[1];
}

describe("the guide's snippets", () => {
  test("every TypeScript snippet compiles against src/ (strict, as a module)", () => {
    const dir = join(root, ".artifacts", "guide-snippets");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    let count = 0;
    for (const { name, text } of chapters) {
      for (const [, source] of text.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gmu)) {
        writeFileSync(join(dir, `${name}-${++count}.ts`), `${source}export {};\n`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(15);
    writeFileSync(join(dir, "globals.d.ts"), GLOBALS);
    // "cybersource-jpo" resolves to src/ through the examples' `paths`.
    const config = { extends: "../../tsconfig.examples.node.json", include: ["*.ts"] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
    const tsc = spawnSync(join(root, "node_modules", ".bin", "tsc"), ["-p", dir], {
      encoding: "utf8",
    });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  }, 60_000);
});

describe("what the guide copies from the code", () => {
  test("the scenario table is the mock's own", () => {
    expect(rows(section("scenario-table"))).toEqual(rows(formatScenarioTable()));
  });

  test("the issues shown for Cybersource's published example are what validation reports", () => {
    const shown = section("published-example-issues")
      .replace(/^\s*```text\n/u, "")
      .trim();
    const issues = validateJpoAuthorization(published, { now: () => new Date("2026-11-25") });
    expect(shown.split("\n")).toEqual(
      issues.map((i) => `${i.severity} ${i.path} (${i.rule}): ${i.message}`),
    );
  });

  test("uses the Japanese name next to each payment option", () => {
    for (const term of [
      "分割払い",
      "リボ払い",
      "ボーナス一括払い",
      "ボーナス併用払い",
      "一括払い",
    ]) {
      expect(guide, term).toContain(term);
    }
  });
});
