/**
 * Base class of every error this SDK throws. Narrow on `code` (a stable string) rather than on
 * `instanceof`, which breaks across realms and duplicated installs.
 *
 * @example
 * ```ts
 * try {
 *   await client.authorize(request);
 * } catch (error) {
 *   if (isCybersourceJpoError(error) && error.code === "VALIDATION_FAILED") {
 *     // fix the request
 *   }
 * }
 * ```
 */
export class CybersourceJpoError extends Error {
  /** Stable machine-readable code, e.g. `"AUTH_CONFIG_INVALID"`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** True for any error thrown by this SDK, including ones from another copy of the package. */
export function isCybersourceJpoError(value: unknown): value is CybersourceJpoError {
  return (
    value instanceof CybersourceJpoError ||
    (value instanceof Error &&
      typeof (value as { code?: unknown }).code === "string" &&
      (value as { [brand]?: unknown })[brand] === true)
  );
}

const brand = Symbol.for("cybersource-jpo.error");
Object.defineProperty(CybersourceJpoError.prototype, brand, { value: true });
