import { luhnValid, maskPan } from "./internal/card.js";

export { maskPan };

/** Fields whose values are secret card data wherever they appear. */
const secretFields = new Set(["securityCode", "jis2TrackData", "cryptogram"]);
const panLike = /(?<!\d)\d{13,19}(?!\d)/gu;

/**
 * A deep copy of `value` that is safe to log: card numbers masked to their first six and last four
 * digits (in `number` fields and in any Luhn-valid run of 13-19 digits), and security codes and
 * track data replaced by `"[redacted]"`.
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
    else if (key === "number" && typeof field === "string") copy[key] = maskPan(field);
    else copy[key] = redact(field);
  }
  return copy;
}

/** `text` with every Luhn-valid run of 13-19 digits masked to its first six and last four. */
export function redactText(text: string): string {
  return text.replace(panLike, (digits) => (luhnValid(digits) ? maskPan(digits) : digits));
}
