/** Builds the HTTP API reference (Redoc) from spec/openapi.yaml to `output`. */
export function buildDocs(output: string): void;
/**
 * Builds the docs site into `dir`: index.html, guide.html and api/. Returns TypeDoc's warnings;
 * with `validate`, they include every public declaration without documentation.
 */
export function buildSite(dir: string, options?: { validate?: boolean }): Promise<string[]>;
