import { AuthConfigError } from "./auth-config-error.js";
import { decodeBase64, type Bytes } from "../internal/bytes.js";

// Ids go into header values and into the signed string, one per line: a space or a line break in
// them would forge or break a line, so only visible ASCII is accepted.
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** The options object itself; `what` names the factory for the message. */
export function requireOptions(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) {
    throw new AuthConfigError("options", `${what} needs an options object.`);
  }
  return value as Record<string, unknown>;
}

/** A required id such as `merchantId` or `keyId`. */
export function requireId(value: unknown, field: string, what: string): string {
  if (typeof value !== "string" || value === "") {
    throw new AuthConfigError(field, `${field} is missing: pass ${what} as a non-empty string.`);
  }
  if (!VISIBLE_ASCII.test(value)) {
    throw new AuthConfigError(
      field,
      `${field} must be visible ASCII, without spaces or line breaks.`,
    );
  }
  return value;
}

/** An optional id; `undefined` when absent. */
export function optionalId(value: unknown, field: string, what: string): string | undefined {
  return value === undefined ? undefined : requireId(value, field, what);
}

/** The base64 shared secret, decoded. The message never includes the value. */
export function requireSecret(value: unknown, field: string): Bytes {
  if (typeof value !== "string" || value === "") {
    throw new AuthConfigError(
      field,
      `${field} is missing: pass the shared secret key from the Business Center (base64).`,
    );
  }
  const bytes = decodeBase64(value);
  if (bytes === undefined) {
    throw new AuthConfigError(
      field,
      `${field} is not base64: pass the shared secret key exactly as the Business Center shows it ` +
        "(standard base64 with = padding, no spaces or line breaks).",
    );
  }
  return bytes;
}

/** The injectable clock; defaults to the system clock. */
export function requireClock(value: unknown): () => Date {
  if (value === undefined) return () => new Date();
  if (typeof value !== "function") {
    throw new AuthConfigError("now", "now must be a function that returns a Date.");
  }
  return () => {
    const date: unknown = value();
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new AuthConfigError("now", "now() must return a valid Date.");
    }
    return date;
  };
}

/** The injectable `jti` generator; defaults to `crypto.randomUUID`. */
export function requireIdGenerator(value: unknown): () => string {
  if (value === undefined) return () => crypto.randomUUID();
  if (typeof value !== "function") {
    throw new AuthConfigError("generateId", "generateId must be a function that returns a string.");
  }
  return () => String(value());
}
