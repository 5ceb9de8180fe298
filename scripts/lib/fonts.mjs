// @ts-check
// The one font stack of the three docs sites (the guide, the Redoc reference, the TypeDoc
// reference). Latin text keeps each platform's UI font; Japanese text (分割払い, ワガシャ) falls
// through to the first Japanese font the reader has: Noto Sans JP or Debian's Noto Sans CJK JP
// (Linux, Android), Hiragino (macOS, iOS), Yu Gothic or Meiryo (Windows). Without one, the
// browser's own fallback may draw boxes ("tofu"); test/docs/fonts.test.ts checks it does not.

/** Sans-serif families, in order; generic names last. */
export const SANS_FAMILIES = [
  "system-ui",
  "-apple-system",
  "Segoe UI",
  "Roboto",
  "Helvetica Neue",
  "Arial",
  "Noto Sans JP",
  "Noto Sans CJK JP",
  "Hiragino Kaku Gothic ProN",
  "Hiragino Sans",
  "Yu Gothic",
  "YuGothic",
  "Meiryo",
  "sans-serif",
];

/** Monospaced families: code first, then the Japanese fonts for kana in strings and comments. */
export const MONO_FAMILIES = [
  "ui-monospace",
  "SFMono-Regular",
  "Menlo",
  "Consolas",
  "Liberation Mono",
  "Noto Sans Mono CJK JP",
  "Noto Sans JP",
  "Hiragino Kaku Gothic ProN",
  "Yu Gothic",
  "Meiryo",
  "monospace",
];

const GENERIC = new Set(["system-ui", "-apple-system", "ui-monospace", "sans-serif", "monospace"]);

/** A CSS font-family value. @param {readonly string[]} families */
export const fontFamily = (families) =>
  families.map((name) => (GENERIC.has(name) ? name : `"${name}"`)).join(", ");

/** `:root` custom properties every site's CSS uses: `--font-sans` and `--font-mono`. */
export const fontVariables = `:root {
  --font-sans: ${fontFamily(SANS_FAMILIES)};
  --font-mono: ${fontFamily(MONO_FAMILIES)};
}
`;
