import type { ValidationIssue } from "../errors.js";
import { luhnValid } from "../internal/card.js";
import { dig, text } from "../internal/json.js";
import { hasHiragana, toKatakana } from "./kana.js";
import { tokyoMonth } from "./yen.js";

// The JPO rules that a schema cannot say. Each reads the normalized request defensively: a field of
// the wrong type has already been reported by the schema check.

const card = "paymentInformation.card";
const jpo = "processingInformation.japanPaymentOptions";

/** Visa only, a valid number, not expired: JPO on Visa Platform Connect (Sumitomo Mitsui Card). */
export function cardRules(request: unknown, now: Date): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const type = text(dig(request, "paymentInformation", "card", "type"));
  const number = text(dig(request, "paymentInformation", "card", "number"));
  if (type !== undefined && type !== "001") {
    issues.push({ path: `${card}.type`, rule: "visa-only", message: visaOnlyMessage(type) });
  }
  if (number !== undefined && /^\d{12,19}$/u.test(number)) {
    if (!number.startsWith("4")) {
      issues.push({
        path: `${card}.number`,
        rule: "visa-only",
        message:
          "is not a Visa card number (Visa numbers start with 4); JPO takes Visa cards only.",
      });
    } else if (!luhnValid(number)) {
      issues.push({
        path: `${card}.number`,
        rule: "luhn",
        message: "fails the Luhn check digit: the number is mistyped.",
      });
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
  return {
    path: at(year < today.year ? "expirationYear" : "expirationMonth"),
    rule: "expired",
    message: `the card expired in ${year}-${String(month).padStart(2, "0")}.`,
  };
}

/** Card-present needs the JCCA terminal id; bonuses cannot exceed the amount; pre-approval checks. */
export function jpoRules(request: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const options = dig(request, "processingInformation", "japanPaymentOptions");
  const amount = Number(text(dig(request, "orderInformation", "amountDetails", "totalAmount")));
  if (dig(options, "jis2TrackData") !== undefined && dig(options, "terminalId") === undefined) {
    issues.push({
      path: `${jpo}.terminalId`,
      rule: "card-present-terminal-id",
      message:
        "is required with jis2TrackData: a card-present payment needs the 13-digit JCCA terminal id.",
    });
  }
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
      issues.push({
        path: `${jpo}.bonuses`,
        rule: "bonus-total",
        message: `add up to ${total} yen, more than the total amount of ${amount} yen.`,
      });
    }
  }
  if (dig(options, "preapprovalType") === "1" && amount > 1) {
    issues.push({
      path: "orderInformation.amountDetails.totalAmount",
      rule: "preapproval-amount",
      message: "must be 0 or 1 for a negative-card check (preapprovalType 1).",
    });
  }
  return issues;
}

/** Friendlier messages for schema issues that have a JPO explanation. */
export function explain(issue: ValidationIssue, request: unknown): ValidationIssue {
  if (issue.path === `${jpo}.businessNameKatakana` && issue.rule === "pattern") {
    const value =
      text(dig(request, "processingInformation", "japanPaymentOptions", "businessNameKatakana")) ??
      "";
    const spelled = toKatakana(value);
    const found = hasHiragana(value) ? "hiragana" : "characters that are not katakana";
    const hint =
      spelled === undefined ? "write the name in katakana (e.g. ワガシャ)" : `write "${spelled}"`;
    return { ...issue, rule: "katakana", message: `must be katakana, but has ${found}: ${hint}.` };
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
