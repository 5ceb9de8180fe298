import type { ValidationIssue } from "../errors.js";
import { luhnValid } from "../internal/card.js";
import { dig, text } from "../internal/json.js";
import { error, warning } from "./business-rules.js";

// Rules on the order and customer data that a schema cannot say, each with its source.

const spec2026 = "SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties";
const cardRun = /\d{13,19}/gu;

/** Merchant-defined data without card numbers; Brazil-only fields; line items complete. */
export function orderRules(request: unknown): ValidationIssue[] {
  return [...merchantDefined(request), ...buyer(request), ...lineItems(request)];
}

/** Cybersource forbids personal data in merchant-defined fields; a card number is certain. */
function merchantDefined(request: unknown): ValidationIssue[] {
  const fields = dig(request, "merchantDefinedInformation");
  if (!Array.isArray(fields)) return [];
  const source = `${spec2026}/merchantDefinedInformation/items/properties/value ('merchants are prohibited from … transmitting any personally identifying information')`;
  return fields.flatMap((field, i) => {
    const value = text(dig(field, "value")) ?? "";
    const found = [...value.replace(/[ -]/gu, "").matchAll(cardRun)].some((m) => luhnValid(m[0]));
    if (!found) return [];
    const message =
      "holds a card number: Cybersource forbids personal data in merchant-defined fields and may suspend the account.";
    return [error(`merchantDefinedInformation[${i}].value`, "mdd-card-number", message, source)];
  });
}

function buyer(request: unknown): ValidationIssue[] {
  if (dig(request, "buyerInformation", "mobilePhone") === undefined) return [];
  const message =
    "is for Visa Secure in Brazil only (Cybersource: 'Do not use this request field for any other types of transactions'); send orderInformation.billTo.phoneNumber.";
  const source = `${spec2026}/buyerInformation/properties/mobilePhone`;
  return [warning("buyerInformation.mobilePhone", "brazil-only-field", message, source)];
}

/** Lines whose product code is not `default` (or shipping/handling) need quantity, name, SKU. */
function lineItems(request: unknown): ValidationIssue[] {
  const items = dig(request, "orderInformation", "lineItems");
  if (!Array.isArray(items)) return [];
  const source = `${spec2026}/orderInformation/properties/lineItems/items/properties/productCode (quantity, productName and productSku required when not default, shipping or handling)`;
  return items.flatMap((item, i) => {
    const code = text(dig(item, "productCode")) ?? "default";
    if (code === "default" || /shipping|handling/u.test(code)) return [];
    return ["quantity", "productName", "productSku"]
      .filter((field) => dig(item, field) === undefined)
      .map((field) => {
        const message = `is missing; Cybersource requires it with productCode ${code}.`;
        return warning(
          `orderInformation.lineItems[${i}].${field}`,
          "line-item-details",
          message,
          source,
        );
      });
  });
}
