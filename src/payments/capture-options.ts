import type { components } from "../../generated/openapi.js";

type Schemas = components["schemas"];

/** The capture's JPO options: the authorization's, in the capture model's flat bonus form. */
export function captureOptions(
  options: Schemas["JapanPaymentOptions"],
): Schemas["JapanCaptureOptions"] {
  const restated: Schemas["JapanCaptureOptions"] = { paymentMethod: options.paymentMethod };
  if ("installments" in options) restated.installments = options.installments;
  if ("firstBillingMonth" in options && options.firstBillingMonth !== undefined) {
    restated.firstBillingMonth = options.firstBillingMonth;
  }
  const bonuses = "bonuses" in options ? (options.bonuses ?? []) : [];
  const [first, second] = bonuses;
  // The capture model has room for two bonuses; with more, they are left out, not truncated.
  if (first !== undefined && bonuses.length <= 2) {
    restated.bonuses = second === undefined ? "1" : "2";
    restated.bonusMonth = first.month;
    restated.bonusAmount = first.amount;
    if (second !== undefined) {
      restated.secondBonusMonth = second.month;
      restated.secondBonusAmount = second.amount;
    }
  }
  return restated;
}
