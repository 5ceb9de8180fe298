import type { FieldRule, ObjectRule, OneOfRule, StringRule } from "../../generated/rules.js";
import type { ValidationIssue } from "../errors.js";
import { dig } from "../internal/json.js";
import { redactText } from "../redact.js";
import { codePoints, compiledOneOf } from "./compiled-rule.js";
import { nearest } from "./nearest.js";

/** Field names that Cybersource's own material misspells, with the right name. */
const knownMisspellings: Readonly<Record<string, string>> = {
  firstBusinessMonth: "firstBillingMonth",
};

/** Fields that people look for in one object but that Cybersource has in another. */
const movedFields: Readonly<Record<string, string>> = {
  // Cybersource's authorization has no buyerInformation.email (SPEC2026 createPaymentRequest).
  "buyerInformation.email": "orderInformation.billTo.email",
};

/** Options of {@link checkRule}. */
export interface CheckOptions {
  /** Paths (dotted, no indexes) whose `required` rule is waived, e.g. under relaxed requirements. */
  readonly optional?: ReadonlySet<string>;
  /** Where `value` stands in a larger request (dotted, no indexes): issues' paths start there. */
  readonly at?: string;
}

/**
 * Checks `value` against a rule generated from the spec and returns every problem found, with
 * dotted paths (`bonuses[0].month` for array items), errors and warnings in field order, each
 * with the rule's source. Values are never quoted for fields that may hold card data; messages
 * name the field and the rule.
 */
export function checkRule(
  value: unknown,
  rule: FieldRule,
  options: CheckOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let current: FieldRule = rule;
  const report = (
    path: string,
    ruleName: string,
    message: string,
    warn = false,
    own?: string,
  ): void => {
    const severity = warn ? "warning" : "error";
    const source = own ?? current.source;
    issues.push({ path, rule: ruleName, message, severity, ...(source ? { source } : {}) });
  };
  const within = (next: FieldRule): void => {
    current = next;
  };
  const at = options.at ?? "";
  visit(value, rule, at, at, { report, within, optional: options.optional ?? noneWaived });
  return issues;
}

const noneWaived: ReadonlySet<string> = new Set();

interface Context {
  readonly report: (
    path: string,
    rule: string,
    message: string,
    warn?: boolean,
    source?: string,
  ) => void;
  /** Sets the rule whose source the next reports carry. */
  readonly within: (rule: FieldRule) => void;
  readonly optional: ReadonlySet<string>;
}

function visit(
  value: unknown,
  rule: FieldRule,
  path: string,
  schemaPath: string,
  cx: Context,
): void {
  cx.within(rule);
  switch (rule.kind) {
    case "object":
    case "oneOf":
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return cx.report(path, "type", "must be an object.");
      }
      return rule.kind === "object"
        ? visitObject(value as Record<string, unknown>, rule, path, schemaPath, cx)
        : visitOneOf(value as Record<string, unknown>, rule, path, schemaPath, cx);
    case "array":
      if (!Array.isArray(value)) return cx.report(path, "type", "must be an array.");
      if (rule.minItems !== undefined && value.length < rule.minItems) {
        cx.report(path, "min-items", `must have at least ${rule.minItems} item(s).`);
      }
      if (rule.maxItems !== undefined && value.length > rule.maxItems) {
        cx.report(
          path,
          "max-items",
          `must have at most ${rule.maxItems} items, not ${value.length}.`,
        );
      }
      value.forEach((item, i) => visit(item, rule.items, `${path}[${i}]`, schemaPath, cx));
      return;
    case "string":
      return visitString(value, rule, path, cx);
    case "integer": {
      const digits =
        rule.digitString === true && typeof value === "string" && /^\d{1,15}$/u.test(value);
      const number = digits ? Number(value) : value;
      if (typeof number !== "number" || !Number.isInteger(number)) {
        const also = rule.digitString === true ? " (or a string of digits)" : "";
        return cx.report(path, "type", `must be a whole number${also}.`);
      }
      if (rule.minimum !== undefined && number < rule.minimum) {
        cx.report(path, "minimum", `must be at least ${rule.minimum}.`);
      }
      if (rule.maximum !== undefined && number > rule.maximum) {
        cx.report(path, "maximum", `must be at most ${rule.maximum}.`);
      }
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") cx.report(path, "type", "must be true or false.");
      return;
  }
}

function visitObject(
  record: Record<string, unknown>,
  rule: ObjectRule,
  path: string,
  schemaPath: string,
  cx: Context,
): void {
  for (const name of rule.required) {
    if (record[name] === undefined && !cx.optional.has(under(schemaPath, name))) {
      cx.report(under(path, name), "required", "is required.");
    }
  }
  for (const { field, source } of rule.recommended ?? []) {
    if (dig(record, ...field.split(".")) !== undefined) continue;
    const message =
      "is missing: one Cybersource source calls it required, others leave it out (see source).";
    cx.report(under(path, field), "recommended-field", message, true, source);
  }
  // Own keys only (for...in with a check: no array of entries is built for each object).
  for (const name in record) {
    if (!Object.hasOwn(record, name)) continue;
    const child = record[name];
    const childRule = own(rule.properties, name);
    cx.within(rule);
    if (childRule === undefined) {
      const moved = own(movedFields, join(schemaPath, name));
      const message =
        moved === undefined
          ? unknownFieldMessage(name, Object.keys(rule.properties))
          : `is not a field here; Cybersource takes it as "${moved}".`;
      if (rule.closed) cx.report(join(path, name), "unknown-field", message);
      continue;
    }
    if (child === undefined) continue;
    visit(child, childRule, under(path, name), under(schemaPath, name), cx);
  }
}

function visitOneOf(
  value: Record<string, unknown>,
  rule: OneOfRule,
  path: string,
  schemaPath: string,
  cx: Context,
): void {
  const tag = value[rule.discriminator];
  const tagPath = under(path, rule.discriminator);
  if (tag === undefined) return cx.report(tagPath, "required", "is required.");
  const variant = typeof tag === "string" ? own(rule.mapping, tag) : undefined;
  if (variant === undefined) {
    return cx.report(tagPath, "enum", `must be one of ${Object.keys(rule.mapping).join(", ")}.`);
  }
  if (variant.kind !== "object") return visit(value, variant, path, schemaPath, cx);
  const { elsewhere, open } = compiledOneOf(rule).get(variant)!;
  visitObject(value, open, path, schemaPath, cx);
  cx.within(variant);
  for (const name of Object.keys(value)) {
    if (Object.hasOwn(variant.properties, name)) continue;
    if (elsewhere.has(name)) {
      cx.report(
        join(path, name),
        "not-allowed-for-payment-method",
        `is not sent with ${rule.discriminator} ${tag}.`,
      );
    } else if (variant.closed) {
      cx.report(
        join(path, name),
        "unknown-field",
        unknownFieldMessage(name, Object.keys(variant.properties)),
      );
    }
  }
}

function visitString(value: unknown, rule: StringRule, path: string, cx: Context): void {
  if (typeof value !== "string") return cx.report(path, "type", "must be a string.");
  if (unprintable.test(value)) {
    return cx.report(
      path,
      "control-character",
      "must not contain control characters, invisible format characters or unpaired surrogates.",
    );
  }
  const length = codePoints(value);
  const soft = rule.severity === "warning";
  // One issue per field: the enum or pattern says more than a length does.
  if (rule.enum !== undefined && !rule.enum.includes(value)) {
    cx.report(path, "enum", `${soft ? "should" : "must"} be one of ${rule.enum.join(", ")}.`, soft);
    if (!soft) return;
  }
  if (length === 0 && (rule.minLength ?? 0) > 0)
    return cx.report(path, "required", "must not be empty.");
  if (rule.pattern !== undefined && !compiled(rule.pattern).test(value)) {
    const what = rule.patternDescription ?? `like ${rule.pattern}`;
    cx.report(path, "pattern", `${soft ? "should" : "must"} be ${what}.`, soft);
    if (!soft) return;
  }
  if (rule.minLength !== undefined && length < rule.minLength) {
    return cx.report(path, "min-length", `must be at least ${rule.minLength} characters.`);
  }
  if (rule.maxLength !== undefined && length > rule.maxLength) {
    return cx.report(
      path,
      "max-length",
      `must be at most ${rule.maxLength} characters, not ${length}.`,
    );
  }
  if (rule.warnMaxLength !== undefined && length > rule.warnMaxLength) {
    const message = `has ${length} characters; some Cybersource sources allow only ${rule.warnMaxLength}.`;
    cx.report(path, "soft-max-length", message, true);
  }
}

/**
 * C0/C1 controls (NUL, tab, newline, ...), format characters (zero-width spaces and joiners,
 * bidi overrides and isolates, BOM), line and paragraph separators, and unpaired surrogates.
 * They are never text a cardholder typed, and they corrupt receipts, settlement reports and
 * logs (RFC 8264 §9.11-9.12 disallows them in free-form strings; Unicode TR #36 §3 on bidi
 * spoofing), so no string the SDK sends may hold one.
 */
const unprintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (regex === undefined) patterns.set(pattern, (regex = new RegExp(pattern, "u")));
  return regex;
}

function unknownFieldMessage(name: string, known: readonly string[]): string {
  const right = own(knownMisspellings, name) ?? nearest(name, known);
  return right === undefined
    ? `is not a field here; known fields: ${known.join(", ")}.`
    : `is not a field; did you mean "${right}"?`;
}

/** `path.name`; a name that looks like a card number is masked, since it ends up in messages. */
function join(path: string, name: string): string {
  return under(path, redactText(name));
}

/** `path.name` for a name the spec defines (nothing to mask). */
function under(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

/** `record[key]` if `record` has it as its own property: `constructor` is not a field. */
function own<T>(record: { readonly [key: string]: T }, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
