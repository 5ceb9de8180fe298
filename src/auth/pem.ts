import { decodeBase64, type Bytes } from "../internal/bytes.js";

/**
 * The DER bytes inside the first `-----BEGIN <label>-----` block of `text`; `undefined` when there
 * is no such block or its body is not base64.
 */
export function decodePem(text: string, label: string): Bytes | undefined {
  const begin = text.indexOf(`-----BEGIN ${label}-----`);
  if (begin < 0) return undefined;
  const start = begin + label.length + 16;
  const end = text.indexOf(`-----END ${label}-----`, start);
  if (end < 0) return undefined;
  return decodeBase64(text.slice(start, end).replace(/\s+/g, ""));
}

/** The label of the first PEM block in `text`, e.g. `"RSA PRIVATE KEY"`. */
export function pemLabel(text: string): string | undefined {
  return /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
}
