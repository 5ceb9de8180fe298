import { luhnValid, maskPan } from "./internal/card.js";

export { maskPan };

/**
 * Fields whose values are secret wherever they appear: card data, and a transient token (a bearer
 * credential for the card for 15 minutes), as its JWT or its id.
 */
const secretFields = new Set(["securityCode", "jis2TrackData", "cryptogram", "transientTokenJwt"]);
const panLike = /(?<!\d)\d{13,19}(?!\d)/gu;
// A compact JWS whose header and payload are JSON objects (`eyJ` is base64url of `{"`).
const jwtLike = /eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/gu;

/**
 * A deep copy of `value` that is safe to log: card numbers masked to their first six and last four
 * digits (in `number` fields and in any Luhn-valid run of 13-19 digits), and security codes,
 * track data, transient tokens (`transientTokenJwt`, `tokenInformation.jti`, and any JWT in a
 * string) replaced by `"[redacted]"`.
 *
 * @example
 * ```ts
 * console.log(JSON.stringify(redact(request))); // "number":"411111******1111"
 * ```
 */
export function redact(value: unknown): unknown {
  if (typeof value === "string") return redactText(value);
  if (Array.isArray(value)) return Array.from(value, (item: unknown) => redact(item));
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (secretFields.has(key) && field !== undefined) copy[key] = "[redacted]";
    else if (key === "tokenInformation" && typeof field === "object" && field !== null) {
      // A transient token's id is as good as the token: mask it here, not every JWT claim `jti`.
      const jti = (field as { jti?: unknown }).jti;
      copy[key] = redact(jti === undefined ? field : { ...field, jti: "[redacted]" });
    } else if (key === "number" && typeof field === "string") copy[key] = maskPan(field);
    else copy[key] = redact(field);
  }
  return copy;
}

/**
 * `text` with every Luhn-valid run of 13-19 digits masked to its first six and last four, and
 * every JWT (a transient token, say) replaced by `[redacted]`.
 */
export function redactText(text: string): string {
  return text
    .replace(jwtLike, "[redacted]")
    .replace(panLike, (digits) => (luhnValid(digits) ? maskPan(digits) : digits));
}
