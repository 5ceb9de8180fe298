import type { components } from "../../generated/openapi.js";
import type { ValidationIssue } from "../errors.js";
import { dig, text } from "../internal/json.js";

type Schemas = components["schemas"];

/**
 * The JPO data a capture needs from its authorization: the payment method, the installment count,
 * the first billing month and the bonuses, in the authorization's shape. Plain JSON, so that it
 * can be stored and read back.
 */
export interface StoredJpoOptions {
  /** The authorization's `paymentMethod`, e.g. `61`. */
  readonly paymentMethod: Schemas["PaymentMethodCode"];
  /** The number of installments, when the authorization sent one. */
  readonly installments?: string;
  /** The first billing month, when the authorization sent one. */
  readonly firstBillingMonth?: string;
  /** The bonuses, when the authorization sent them. */
  readonly bonuses?: readonly StoredBonus[];
}

/** One bonus payment of a stored authorization. */
export interface StoredBonus {
  /** The month, 1 to 12. */
  readonly month: string;
  /** The amount, whole yen. */
  readonly amount: string;
}

const where = "japanPaymentOptions";
const capSource =
  "SPEC2026 #/paths/~1pts~1v2~1payments~1{id}~1captures/post/parameters/0/schema/properties/processingInformation/properties/japanPaymentOptions (bonuses count, bonusMonth/bonusAmount, secondBonusMonth/secondBonusAmount)";
const pmSource =
  "REST field reference processing-info-japan-payment-ops-payment-method ('required for authorization and capture requests if set to 21, 22, 23, 24, 31, 32, 34, 61, or 80')";
const instSource =
  "REST field reference processing-info-japan-payments-ops-installments ('required for authorization and capture requests if … 21, 22, 23, 24, 31, 32, 33, 34, or 80')";

/** The JPO fields of a stored authorization, in the authorization's shape, JSON-safe. */
export function storedOptions(options: unknown): StoredJpoOptions | undefined {
  const paymentMethod = text(dig(options, "paymentMethod"));
  if (paymentMethod === undefined) return undefined;
  const installments = text(dig(options, "installments"));
  const firstBillingMonth = text(dig(options, "firstBillingMonth"));
  const bonuses = dig(options, "bonuses");
  return {
    paymentMethod: paymentMethod as Schemas["PaymentMethodCode"],
    ...(installments === undefined ? {} : { installments }),
    ...(firstBillingMonth === undefined ? {} : { firstBillingMonth }),
    ...(Array.isArray(bonuses)
      ? {
          bonuses: bonuses.map((b) => ({
            month: String(dig(b, "month")),
            amount: String(dig(b, "amount")),
          })),
        }
      : {}),
  };
}

/**
 * The capture's JPO options: the authorization's, in the capture model's flat bonus form, with an
 * error where Cybersource's capture cannot carry them and a warning where a source calls for more.
 */
export function captureOptions(options: unknown): {
  readonly restated: Schemas["JapanCaptureOptions"] | undefined;
  readonly issues: ValidationIssue[];
} {
  const stored = storedOptions(options);
  if (stored === undefined) {
    const message =
      'is required to capture: Cybersource needs the JPO data again at capture; store result.toStoredAuthorization(), or send { paymentMethod: "10" } for a single payment.';
    const issue = { path: `${where}.paymentMethod`, rule: "capture-jpo-required", message };
    return { restated: undefined, issues: [{ ...issue, severity: "error", source: pmSource }] };
  }
  const issues: ValidationIssue[] = [];
  const restated: Schemas["JapanCaptureOptions"] = { paymentMethod: stored.paymentMethod };
  if (stored.installments !== undefined) restated.installments = stored.installments;
  else if (/^(2[1-4]|3[1-4]|61|80)$/u.test(stored.paymentMethod)) {
    const error = stored.paymentMethod === "61";
    const message = error
      ? "is required to capture an installment payment (61)."
      : "is missing; Cybersource's field reference calls it required at capture for this payment method.";
    const rule = error ? "required" : "recommended-field";
    const severity = error ? "error" : "warning";
    issues.push({ path: `${where}.installments`, rule, message, severity, source: instSource });
  }
  if (stored.firstBillingMonth !== undefined) restated.firstBillingMonth = stored.firstBillingMonth;
  const bonuses = stored.bonuses ?? [];
  if (bonuses.length > 2) {
    const message = `has ${bonuses.length} bonuses, but Cybersource's capture has room for two (bonusMonth, secondBonusMonth); capture them another way, e.g. with client.raw.`;
    const issue = { path: `${where}.bonuses`, rule: "capture-bonuses-inexpressible", message };
    issues.push({ ...issue, severity: "error", source: capSource });
  }
  const [first, second] = bonuses;
  if (first !== undefined && bonuses.length <= 2) {
    restated.bonuses = second === undefined ? "1" : "2";
    restated.bonusMonth = first.month;
    restated.bonusAmount = first.amount;
    if (second !== undefined) {
      restated.secondBonusMonth = second.month;
      restated.secondBonusAmount = second.amount;
    }
  }
  return { restated, issues };
}
