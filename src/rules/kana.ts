const hiragana = /[\u3041-\u3096\u309D\u309E]/u;
const kanaOnly = /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/u;

/** Whether `text` contains hiragana. */
export function hasHiragana(text: string): boolean {
  return hiragana.test(text);
}

/**
 * `text` with its hiragana written as katakana, when it is kana only (わがしゃ -> ワガシャ);
 * `undefined` when it holds kanji or other characters that have no katakana spelling.
 */
export function toKatakana(text: string): string | undefined {
  if (!kanaOnly.test(text)) return undefined;
  return text.replace(/[\u3041-\u3096\u309D\u309E]/gu, (c) =>
    String.fromCodePoint((c.codePointAt(0) ?? 0) + 0x60),
  );
}
