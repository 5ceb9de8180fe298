/** The guide's Markdown chapters (guide/NN-name.md), in reading order. */
export function chapterFiles(): string[];
/** The guide's title, table of contents and body, as HTML. */
export function renderGuide(): { title: string; toc: string; body: string };
/** Writes the guide page to `output`. */
export function buildGuide(output: string): void;
