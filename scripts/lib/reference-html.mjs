// @ts-check
// What `redocly build-docs --inlineBundle` leaves for us to finish in docs/index.html, done on
// the built HTML because Redoc 3 has no option for any of it:
// - the sidebar's "API docs by" logo loads from cdn.redoc.ly (redocly-cli's build-docs page says
//   so); it becomes an inline SVG data: URL, so the page sends no request at all;
// - the server-rendered sidebar links are root-absolute (`/payments`), which from file:// or a
//   subpath lead nowhere when opened in a new tab; the hash router Redoc hydrates with renders
//   `#/payments`, so the markup gets the same links (and hydration finds nothing to change);
// - the font stack (fonts.mjs, with Japanese fonts) and wrapped code lines in the sample panel,
//   through Redoc's own CSS custom properties.
import { fontVariables } from "./fonts.mjs";

const LOGOS = [
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
  "https://cdn.redoc.ly/redoc/logo-mini.svg",
];

/** "Redoc" as a small SVG word mark, for the sidebar's "API docs by" credit. */
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" width="44" height="14" viewBox="0 0 44 14">` +
    `<text x="0" y="11" font-family="sans-serif" font-size="12" font-weight="700" fill="#0044d4">Redoc</text></svg>`,
)}`;

// `html:root` outranks the `:root` rules styled-components may append after this tag.
const STYLE = `<style data-cybersource-jpo>
${fontVariables}html:root {
  --font-family-base: var(--font-sans);
  --font-family-monospaced: var(--font-mono);
  --code-wrap: pre-wrap;
}
</style>
`;

/**
 * Finishes Redocly's HTML; throws when Redocly's output no longer has what this expects, so an
 * upgrade cannot silently bring the CDN request or the absolute links back.
 *
 * @param {string} html
 * @returns {string}
 */
export function finishReference(html) {
  let out = html;
  for (const url of LOGOS) {
    if (!out.includes(url)) throw new Error(`Redoc's bundle no longer names ${url}`);
    out = out.replaceAll(url, LOGO);
  }
  const start = out.indexOf('<div id="redoc"');
  const end = out.indexOf('<script type="module">', start);
  if (start === -1 || end === -1) throw new Error("Redocly's HTML has no #redoc markup");
  const markup = out.slice(start, end).replace(/ href="\/(?!\/)/gu, ' href="#/');
  const head = out.indexOf("</head>");
  if (head === -1 || head > start) throw new Error("Redocly's HTML has no </head>");
  return out.slice(0, head) + STYLE + out.slice(head, start) + markup + out.slice(end);
}
