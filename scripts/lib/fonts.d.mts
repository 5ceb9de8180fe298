/** Sans-serif families of the docs sites, Japanese fonts included, generic name last. */
export declare const SANS_FAMILIES: readonly string[];
/** Monospaced families of the docs sites. */
export declare const MONO_FAMILIES: readonly string[];
/** A CSS font-family value. */
export declare function fontFamily(families: readonly string[]): string;
/** `:root` custom properties `--font-sans` and `--font-mono`. */
export declare const fontVariables: string;
