import { redact } from "../redact.js";

/**
 * Gives `target` non-enumerable methods and a redacted `toJSON()` and Node inspection, so that
 * logging a result never prints card data.
 */
export function sealResult<T extends object>(target: T, methods: Record<string, unknown>): T {
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(target, name, { value, enumerable: false });
  }
  const safe = () => redact({ ...target });
  Object.defineProperty(target, "toJSON", { value: safe, enumerable: false });
  Object.defineProperty(target, Symbol.for("nodejs.util.inspect.custom"), {
    value: safe,
    enumerable: false,
  });
  return Object.freeze(target);
}
