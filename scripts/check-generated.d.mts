/** The files under generated/ and docs/ that differ from what the spec produces now. */
export function staleFiles(): Promise<string[]>;
