/**
 * A deep copy of the arrays and plain objects in `value`; anything else (strings, numbers, and also
 * functions or symbols a caller passed by mistake) is kept as it is, for validation to report.
 * Unlike `structuredClone`, it never throws.
 */
export function copyPlain(value: unknown): unknown {
  // An index loop, not map(): map() would honour an own `constructor` field of the array.
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) items.push(copyPlain(value[i]));
    return items;
  }
  if (value === null || typeof value !== "object") return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    // defineProperty, not assignment: an own "__proto__" key must stay a key (and be reported).
    Object.defineProperty(copy, key, {
      value: copyPlain(field),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
