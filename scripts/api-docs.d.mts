/** Writes the SDK reference to `outDir`; returns TypeDoc's warnings (with `validate`, undocumented declarations too). */
export function buildApiDocs(outDir: string, options?: { validate?: boolean }): Promise<string[]>;
