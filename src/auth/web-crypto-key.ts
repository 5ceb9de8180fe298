/**
 * A Web Crypto key (`CryptoKey`), described by the parts the SDK reads, so that the public types
 * do not depend on the DOM library's global `CryptoKey`.
 */
export interface WebCryptoKey {
  /** `"private"`, `"public"` or `"secret"`. */
  readonly type: string;
  /** The algorithm the key was imported for, e.g. `{ name: "RSA-OAEP", hash: { name: "SHA-256" } }`. */
  readonly algorithm: {
    /** The algorithm's name, e.g. `RSA-OAEP`. */
    readonly name: string;
  };
  /** What the key may be used for, e.g. `["decrypt"]`. */
  readonly usages: readonly string[];
  /** Whether the key material can be exported. */
  readonly extractable: boolean;
}

/** Whether `value` is a Web Crypto key (checked by its tag, so across realms too). */
export function isWebCryptoKey(value: unknown): value is WebCryptoKey {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "CryptoKey"
  );
}
