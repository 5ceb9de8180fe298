import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";

/** Bytes as Web Crypto accepts them (`BufferSource` needs an `ArrayBuffer`, not a shared one). */
export type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Bytes {
  return encoder.encode(text);
}

/** A private copy of `bytes`, so later changes by the caller cannot alter key material. */
export function copyBytes(bytes: Uint8Array): Bytes {
  return new Uint8Array(bytes);
}

/** The concatenation of `parts`. */
export function concatBytes(...parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Constant-time comparison, for MAC checks. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard base64 (with padding) of `bytes`: by table, with no intermediate binary string. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  const whole = bytes.length - (bytes.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]!;
    out += ALPHABET[n & 63]!;
  }
  if (whole === bytes.length) return out;
  const n = (bytes[whole]! << 16) | ((bytes[whole + 1] ?? 0) << 8);
  out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
  return out + (whole + 1 === bytes.length ? "==" : ALPHABET[(n >>> 6) & 63]! + "=");
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes standard, padded base64; `undefined` when `text` is anything else. */
export function decodeBase64(text: string): Bytes | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const ASCII = /^[\x00-\x7f]*$/u;

/** Base64url (RFC 4648 §5, no padding) of `bytes`, or of the UTF-8 bytes of `text`, as JOSE uses it. */
export function encodeBase64Url(input: Uint8Array | string): string {
  // ASCII text is its own UTF-8: btoa encodes it without a byte array.
  const base64 =
    typeof input !== "string"
      ? encodeBase64(input)
      : ASCII.test(input)
        ? btoa(input)
        : encodeBase64(encoder.encode(input));
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  const unpadded = padding === 0 ? base64 : base64.slice(0, -padding);
  return unpadded.replaceAll("+", "-").replaceAll("/", "_");
}

/**
 * Base64 of the SHA-256 of `body` (its UTF-8 bytes for a string), computed synchronously with
 * `@noble/hashes`: one code path in every runtime, and no wait for Web Crypto's thread pool.
 */
export function sha256Base64(body: string | Uint8Array): string {
  return encodeBase64(sha256(typeof body === "string" ? encoder.encode(body) : body));
}

/**
 * A synchronous HMAC-SHA256 keyed once with `key` (its padded key blocks are hashed here, not per
 * message): returns the MAC of a message's UTF-8 bytes.
 */
export function hmacSha256(key: Uint8Array): (message: string) => Uint8Array {
  const keyed = hmac.create(sha256, key);
  return (message) => keyed.clone().update(encoder.encode(message)).digest();
}
