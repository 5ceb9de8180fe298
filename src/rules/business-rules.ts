import type { ValidationIssue } from "../errors.js";
import { luhnValid } from "../internal/card.js";
import { dig, text } from "../internal/json.js";
import { hasHiragana, toKatakana } from "./kana.js";
import { tokyoMonth } from "./yen.js";

// The JPO rules that a schema cannot say. Each reads the normalized request defensively: a field of
// the wrong type has already been reported by the schema check. Each names its source.

const card = "paymentInformation.card";
const jpo = "processingInformation.japanPaymentOptions";
/** The source of the Visa-only rule, for a card and for a token's card alike. */
export const teamRef =
  "cybersource-jpo-installment-auth.md (VPC JPO: 'The payment must use a Visa card')";
const spec2026 = "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties";

/** An error: Cybersource would certainly refuse or mishandle the request. */
export const error = (path: string, rule: string, message: string, source: string) =>
  ({ path, rule, message, severity: "error", source }) as const satisfies ValidationIssue;

/** A warning: the sources disagree, or one calls for what is missing. Sent anyway. */
export const warning = (path: string, rule: string, message: string, source: string) =>
  ({ path, rule, message, severity: "warning", source }) as const satisfies ValidationIssue;

/** Visa only, a valid number, not expired: JPO on Visa Platform Connect (Sumitomo Mitsui Card). */
export function cardRules(request: unknown, now: Date): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const type = text(dig(request, "paymentInformation", "card", "type"));
  const number = text(dig(request, "paymentInformation", "card", "number"));
  if (type !== undefined && type !== "001") {
    issues.push(error(`${card}.type`, "visa-only", visaOnlyMessage(type), teamRef));
  }
  if (number !== undefined && /^\d{12,19}$/u.test(number)) {
    if (!number.startsWith("4")) {
      const message =
        "is not a Visa card number (Visa numbers start with 4); JPO takes Visa cards only.";
      issues.push(error(`${card}.number`, "visa-only", message, teamRef));
    } else if (!luhnValid(number)) {
      const message = "fails the Luhn check digit: the number is mistyped.";
      issues.push(error(`${card}.number`, "luhn", message, "ISO/IEC 7812-1 (Luhn check digit)"));
    }
  }
  const month = text(dig(request, "paymentInformation", "card", "expirationMonth"));
  const year = text(dig(request, "paymentInformation", "card", "expirationYear"));
  const expired = expiredIssue(month, year, now, (field) => `${card}.${field}`);
  return expired === undefined ? issues : [...issues, expired];
}

/** The message of the `visa-only` rule, for a card and for a token's card alike. */
export function visaOnlyMessage(type: string): string {
  return `must be 001 (Visa): JPO through Sumitomo Mitsui Card takes Visa cards only, not card type ${type}.`;
}

/** The `expired` issue for an expiry before this month in Japan, at the path `at` names. */
export function expiredIssue(
  monthText: string | undefined,
  yearText: string | undefined,
  now: Date,
  at: (field: "expirationYear" | "expirationMonth") => string,
): ValidationIssue | undefined {
  const month = Number(monthText);
  const year = Number(yearText);
  const today = tokyoMonth(now);
  if (!(month >= 1 && month <= 12 && year > 0)) return undefined;
  if (year > today.year || (year === today.year && month >= today.month)) return undefined;
  return error(
    at(year < today.year ? "expirationYear" : "expirationMonth"),
    "expired",
    `the card expired in ${year}-${String(month).padStart(2, "0")}.`,
    "SPEC2026 DeclineReason EXPIRED_CARD (the issuer declines)",
  );
}

/** Card present (terminal id, `retail`); bonuses within the amount; pre-approval amounts. */
export function jpoRules(request: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const options = dig(request, "processingInformation", "japanPaymentOptions");
  const amount = Number(text(dig(request, "orderInformation", "amountDetails", "totalAmount")));
  if (dig(options, "jis2TrackData") !== undefined) issues.push(...cardPresent(request, options));
  const bonuses = dig(options, "bonuses");
  const amounts = Array.isArray(bonuses) ? bonuses.map((bonus) => text(dig(bonus, "amount"))) : [];
  // Only well-formed amounts are added up: a malformed one is reported by the schema check, and
  // quoting a sum of arbitrary digits could quote a card number typed in the wrong field.
  if (
    amounts.length > 0 &&
    amounts.every((a) => /^[1-9]\d{0,7}$/u.test(a ?? "")) &&
    Number.isFinite(amount)
  ) {
    const total = amounts.reduce<number>((sum, a) => sum + Number(a), 0);
    if (total > amount) {
      const message = `add up to ${total} yen, more than the total amount of ${amount} yen.`;
      const source = `${spec2026}/processingInformation/properties/japanPaymentOptions/properties/bonuses (bonus payments are part of the total amount)`;
      issues.push(error(`${jpo}.bonuses`, "bonus-total", message, source));
    }
  }
  if (dig(options, "preapprovalType") === "1" && amount > 1) {
    const message = "must be 0 or 1 for a negative-card check (preapprovalType 1).";
    const source = `${spec2026}/processingInformation/properties/japanPaymentOptions/properties/preapprovalType ('1: negative card authorization', amount 0 or 1)`;
    issues.push(
      error("orderInformation.amountDetails.totalAmount", "preapproval-amount", message, source),
    );
  }
  return issues;
}

/** Track data needs the JCCA terminal id (error) and should be a `retail` transaction (warning). */
function cardPresent(request: unknown, options: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (dig(options, "terminalId") === undefined) {
    const message =
      "is required with jis2TrackData: a card-present payment needs the 13-digit JCCA terminal id.";
    const source =
      "cybersource-jpo-installment-auth.md (terminalId: 'Required for card-present transactions')";
    issues.push(error(`${jpo}.terminalId`, "card-present-terminal-id", message, source));
  }
  if (dig(request, "processingInformation", "commerceIndicator") !== "retail") {
    const message =
      'should be "retail" with jis2TrackData: Cybersource requires it for a card-present payment (its JPO pages list only terminalId).';
    const source = `${spec2026}/processingInformation/properties/commerceIndicator ('Card Present: You must set this field to retail')`;
    issues.push(
      warning("processingInformation.commerceIndicator", "card-present-retail", message, source),
    );
  }
  return issues;
}

const names = ["businessName", "businessNameKatakana", "businessNameAlphaNumeric"];

/** Friendlier messages for schema issues that have a JPO explanation. */
export function explain(issue: ValidationIssue, request: unknown): ValidationIssue {
  const name = names.find((field) => issue.path === `${jpo}.${field}`);
  if (name !== undefined && issue.rule === "pattern") {
    const value = text(dig(request, "processingInformation", "japanPaymentOptions", name)) ?? "";
    if (/^[ \u3000]*$/u.test(value))
      return { ...issue, rule: "blank", message: "must not be blank." };
    if (name === "businessNameKatakana") {
      const spelled = toKatakana(value);
      const found = hasHiragana(value) ? "hiragana" : "characters that are not katakana";
      const hint =
        spelled === undefined ? "write the name in katakana (e.g. ワガシャ)" : `write "${spelled}"`;
      return {
        ...issue,
        rule: "katakana",
        message: `must be katakana, but has ${found}: ${hint}.`,
      };
    }
  }
  if (issue.path === "orderInformation.amountDetails.currency" && issue.rule === "enum") {
    return {
      ...issue,
      rule: "currency",
      message: "must be JPY: JPO payments are in Japanese yen.",
    };
  }
  return issue;
}
