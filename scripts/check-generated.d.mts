/** The files under generated/ and docs/ that differ from what the spec, guide/ and src/ produce now. */
export function staleFiles(): Promise<string[]>;
