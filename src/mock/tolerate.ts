import { dig, isObject } from "../internal/json.js";

/**
 * What Cybersource accepts and reads its own way, put in the form the mock's schema checks,
 * with a note for each: a lower-case currency, an amount with decimals (Cybersource truncates
 * JPY to whole yen), a transaction id sent as a JSON number (Cybersource's own Node sample does).
 * Works on a copy; returns the copy and the notes.
 */
export function tolerate(body: object): { readonly body: object; readonly notes: string[] } {
  const copy = structuredClone(body) as Record<string, unknown>;
  const notes: string[] = [];
  for (const parent of ["orderInformation", "reversalInformation"]) {
    const amounts = dig(copy, parent, "amountDetails");
    if (!isObject(amounts)) continue;
    const where = `${parent}.amountDetails`;
    const currency = amounts["currency"];
    if (typeof currency === "string" && currency !== currency.toUpperCase()) {
      amounts["currency"] = currency.toUpperCase();
      notes.push(`${where}.currency: "${currency}" read as ${currency.toUpperCase()}`);
    }
    const total = amounts["totalAmount"];
    const match = typeof total === "string" ? /^(\d+)\.(\d+)$/u.exec(total) : null;
    if (match !== null) {
      const whole = String(Number(match[1]));
      amounts["totalAmount"] = whole;
      const lost = /^0+$/u.test(match[2] ?? "") ? "" : ` (¥0.${match[2]} lost)`;
      notes.push(`${where}.totalAmount: "${String(total)}" truncated to ${whole} yen${lost}`);
    }
  }
  const reference = copy["clientReferenceInformation"];
  if (isObject(reference) && typeof reference["transactionId"] === "number") {
    reference["transactionId"] = String(reference["transactionId"]);
    notes.push("clientReferenceInformation.transactionId: a JSON number, read as a string");
  }
  return { body: copy, notes };
}
