import { jpoAuthorizationRequestRule } from "../../generated/rules.js";
import type { ValidationIssue } from "../errors.js";
import { cardRules, error, explain, jpoRules } from "./business-rules.js";
import { billToPaths, cardSourceRules, expiryPaths } from "./card-source.js";
import { orderRules } from "./order-rules.js";
import { threeDSecureRules } from "./three-d-secure.js";
import { takeSnapshot } from "./snapshot.js";
import { checkRule } from "./rule-validator.js";
import { wholeYen } from "./yen.js";

/** Options of {@link validateJpoAuthorization}. */
export interface ValidateOptions {
  /**
   * The account uses Cybersource's relaxed requirements for address data and expiration date:
   * `orderInformation.billTo` and the card's expiry may be left out. Default `false`.
   */
  readonly relaxedRequirements?: boolean;
  /** Clock for the expiry check. Default: `() => new Date()`. */
  readonly now?: () => Date;
}

/** What relaxed requirements waive: the billing address and the card's expiry. */
const relaxedOptional = new Set([...billToPaths, ...expiryPaths]);

/**
 * Checks a JPO authorization request against every rule the SDK knows, without sending anything:
 * the spec's types, lengths, patterns and required fields, and the JPO rules (Visa only, Luhn,
 * expiry, yen without a minor unit, katakana, payment method requirements, card present), and
 * the card source: exactly one of a card, a transient token (whose payload is checked for Visa
 * and expiry) or TMS tokens (a warning, since the card behind them cannot be seen). Returns every
 * issue at once, errors first, then warnings; each has a `severity` and the `source` of its rule.
 * Only errors stop `authorize`: a warning marks something Cybersource's sources disagree on, or
 * that one of them requires, or that cannot be checked before sending. No errors means the
 * request can be sent.
 *
 * @example
 * ```ts
 * const issues = validateJpoAuthorization(request);
 * for (const { severity, path, rule, message } of issues)
 *   console.log(`${severity} ${path} (${rule}): ${message}`);
 * ```
 */
export function validateJpoAuthorization(
  request: unknown,
  options: ValidateOptions = {},
): ValidationIssue[] {
  return inspectAuthorization(request, options).issues;
}

/** The normalized request (see {@link normalizeAuthorization}) and every issue with it. */
export function inspectAuthorization(
  request: unknown,
  options: ValidateOptions = {},
): { body: unknown; issues: ValidationIssue[] } {
  const taken = takeSnapshot(request);
  if (taken.issues.length > 0) return { body: undefined, issues: taken.issues };
  const { body, issues: normalizing } = normalize(taken.value);
  const normalized = new Set(normalizing.map((issue) => issue.path));
  const now = (options.now ?? (() => new Date()))();
  const source = cardSourceRules(body, now, options.relaxedRequirements === true);
  const optional = new Set([
    ...(options.relaxedRequirements === true ? relaxedOptional : []),
    ...source.optional,
  ]);
  const schema = checkRule(body, jpoAuthorizationRequestRule, { optional })
    .filter((issue) => !normalized.has(issue.path))
    .map((issue) => explain(issue, body));
  const reported = new Set(schema.filter((i) => i.severity === "error").map((i) => i.path));
  const business = [
    ...source.issues,
    ...cardRules(body, now),
    ...jpoRules(body),
    ...orderRules(body),
    ...threeDSecureRules(body),
  ];
  const all = [...normalizing, ...schema, ...business.filter((i) => !reported.has(i.path))];
  const issues = [
    ...all.filter((issue) => issue.severity === "error"),
    ...all.filter((issue) => issue.severity === "warning"),
  ];
  return { body, issues };
}

/**
 * A snapshot of `request` with the conveniences the facade accepts put in wire form: the currency
 * upper-cased, and a yen amount with a zero fraction written whole (`"100.00"` -> `"100"`).
 * Returns the issue for an amount with a non-zero fraction, which cannot be sent.
 */
export function normalizeAuthorization(request: unknown): {
  body: unknown;
  issues: ValidationIssue[];
} {
  const taken = takeSnapshot(request);
  return taken.issues.length > 0
    ? { body: undefined, issues: taken.issues }
    : normalize(taken.value);
}

/** {@link normalizeAuthorization} of a snapshot, written to in place. */
function normalize(request: unknown): { body: unknown; issues: ValidationIssue[] } {
  if (typeof request !== "object" || request === null) return { body: request, issues: [] };
  const body = request as { orderInformation?: { amountDetails?: unknown } };
  const amounts = body.orderInformation?.amountDetails as Record<string, unknown> | undefined;
  const issues: ValidationIssue[] = [];
  if (typeof amounts?.["currency"] === "string")
    amounts["currency"] = amounts["currency"].toUpperCase();
  if (typeof amounts?.["totalAmount"] === "string") {
    const yen = wholeYen(amounts["totalAmount"]);
    amounts["totalAmount"] = yen.amount;
    if (yen.fractional) {
      issues.push(
        error(
          "orderInformation.amountDetails.totalAmount",
          "yen-minor-unit",
          'has a fraction of a yen: yen has no minor unit, so send whole yen (e.g. "100").',
          "ISO 4217 (JPY exponent 0); SPEC2026 totalAmount ('CyberSource truncates the amount to the correct number of decimal places')",
        ),
      );
    }
  }
  return { body, issues };
}
