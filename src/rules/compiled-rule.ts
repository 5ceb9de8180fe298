// What the validator builds once per rule and reuses on every call (see rule-validator.ts), and
// the allocation-free helpers it runs per field.
import type { FieldRule, ObjectRule, OneOfRule } from "../../generated/rules.js";

/** What a oneOf's variant checks beyond its own fields, built once per rule. */
export interface CompiledVariant {
  /** Fields that another payment method takes: "not allowed here", not "unknown". */
  readonly elsewhere: ReadonlySet<string>;
  /** The variant with unknown fields left to the validator's oneOf visit. */
  readonly open: ObjectRule;
}

const oneOfs = new WeakMap<OneOfRule, Map<FieldRule, CompiledVariant>>();

/** The compiled variants of `rule`, built on its first use and kept for every later call. */
export function compiledOneOf(rule: OneOfRule): Map<FieldRule, CompiledVariant> {
  let compiled = oneOfs.get(rule);
  if (compiled !== undefined) return compiled;
  const variants = Object.values(rule.mapping);
  const elsewhere = new Set(
    variants.flatMap((other) => (other.kind === "object" ? Object.keys(other.properties) : [])),
  );
  compiled = new Map();
  for (const variant of variants) {
    if (variant.kind === "object") {
      compiled.set(variant, { elsewhere, open: { ...variant, closed: false } });
    }
  }
  oneOfs.set(rule, compiled);
  return compiled;
}

/** The number of code points in `text`, without building an array of them. */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
