// Whether Chromium draws text as glyphs or as boxes ("tofu"): each character drawn alone on a
// canvas in a font family. Real glyphs give one bitmap per character; a missing font gives
// identical .notdef boxes (or nothing).
import type { Page } from "playwright-core";

/** How many different, non-blank bitmaps the characters of `text` make in `family`. */
export function distinctGlyphs(page: Page, text: string, family: string): Promise<number> {
  return page.evaluate(
    ([text, family]) => {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 48;
      const context = canvas.getContext("2d");
      if (context === null) throw new Error("no 2d canvas");
      const blank = canvas.toDataURL();
      const drawn = [...text].map((char) => {
        context.clearRect(0, 0, 48, 48);
        context.font = `32px ${family}`;
        context.textBaseline = "top";
        context.fillText(char, 4, 4);
        return canvas.toDataURL();
      });
      return new Set(drawn.filter((bitmap) => bitmap !== blank)).size;
    },
    [text, family] as const,
  );
}
