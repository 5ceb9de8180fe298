// @ts-check
// Builds docs/guide.html from the Markdown chapters in guide/ (NN-name.md, in name order) with
// marked: one self-contained page, CSS inlined (the font stack of lib/fonts.mjs first), code
// highlighted here with highlight.js (classes only, themed in guide.css), no script, nothing
// fetched at view time. The same chapters give the same bytes.
// Usage: node scripts/guide.mjs [output]   (default: docs/guide.html)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import json from "highlight.js/lib/languages/json";
import typescript from "highlight.js/lib/languages/typescript";
import { Marked } from "marked";
import { fontVariables } from "./lib/fonts.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const guide = join(root, "guide");

/** The chapters' paths, in reading order. */
export function chapterFiles() {
  return readdirSync(guide)
    .filter((name) => /^\d\d-.+\.md$/u.test(name))
    .sort()
    .map((name) => join(guide, name));
}

hljs.registerLanguage("ts", typescript);
hljs.registerLanguage("json", json);
hljs.registerLanguage("sh", bash);

/**
 * A code block's inner HTML: highlighted when its language is registered, escaped otherwise
 * (`text` and unlabelled blocks).
 *
 * @param {string} code
 * @param {string} language
 */
function highlight(code, language) {
  return hljs.getLanguage(language) === undefined
    ? escapeHtml(code)
    : hljs.highlight(code, { language, ignoreIllegals: true }).value;
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/gu,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );

/** An ASCII anchor for a heading: `Installments (分割払い)` -> `installments`. */
function slug(/** @type {string} */ text) {
  const ascii = text
    .toLowerCase()
    .replace(/<[^>]*>|`/gu, "")
    .replace(/[^a-z0-9 -]/gu, "")
    .trim()
    .replace(/[\s-]+/gu, "-");
  return ascii === "" ? "section" : ascii;
}

/** The guide's HTML: the page title, the table of contents and the body. */
export function renderGuide() {
  const markdown = chapterFiles()
    .map((file) => readFileSync(file, "utf8"))
    .join("\n\n");
  /** @type {{ depth: number; id: string; html: string }[]} */
  const headings = [];
  const used = new Map();
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth, text }) {
        const html = this.parser.parseInline(tokens);
        const base = slug(text);
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        const id = count === 0 ? base : `${base}-${count + 1}`;
        headings.push({ depth, id, html });
        return `<h${depth} id="${id}"><a class="anchor" href="#${id}">${html}</a></h${depth}>\n`;
      },
      code({ text, lang }) {
        const language = (lang ?? "").split(/\s/u)[0] ?? "";
        const cls = language === "" ? "" : ` class="language-${escapeHtml(language)}"`;
        return `<pre><code${cls}>${highlight(text, language)}</code></pre>\n`;
      },
    },
  });
  const body = /** @type {string} */ (marked.parse(markdown, { async: false }));
  const title = headings.find((h) => h.depth === 1)?.html.replace(/<[^>]*>/gu, "") ?? "Guide";
  const toc = headings
    .filter((h) => h.depth === 2 || h.depth === 3)
    .map((h) => `<li class="toc-${h.depth}"><a href="#${h.id}">${h.html}</a></li>`)
    .join("\n");
  return { title, toc: `<ul>\n${toc}\n</ul>`, body };
}

/** Writes the guide page to `output`. @param {string} output */
export function buildGuide(output) {
  const { title, toc, body } = renderGuide();
  const template = readFileSync(join(guide, "template.html"), "utf8");
  const css = fontVariables + readFileSync(join(guide, "guide.css"), "utf8");
  const fill = /** @type {Record<string, string>} */ ({ title, css, toc, body });
  const html = template.replace(/\{\{(\w+)\}\}/gu, (_, name) => fill[name] ?? "");
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, html);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const output = resolve(process.argv[2] ?? join(root, "docs", "guide.html"));
  buildGuide(output);
  console.log(`built ${output}`);
}
