import type { AuthorizationResult, CaptureResult, ReversalResult } from "../index.js";

/** `120000` -> `120,000 yen`. */
export function yen(amount: string | number): string {
  return `${Number(amount).toLocaleString("en-US")} yen`;
}

const methods: Record<string, string> = {
  "10": "single payment (一括払い)",
  "21": "bonus payment (ボーナス一括払い)",
  "31": "bonus with installments (ボーナス併用払い)",
  "61": "installments (分割払い)",
  "80": "revolving (リボ払い)",
};

/** The name of a payment method code, e.g. `61` -> `installments (分割払い)`. */
export function methodName(code: string): string {
  return methods[code] ?? methods[code.slice(0, 1) + "1"] ?? code;
}

/**
 * How `total` yen splits into `count` monthly payments, any remainder going on the first (the
 * usual Japanese practice; the issuer sets the exact schedule).
 */
export function installmentPlan(total: number, count: number, firstMonth?: string): string {
  const each = Math.floor(total / count);
  const first = total - each * (count - 1);
  // Without firstBillingMonth, Cybersource bills from the month after the transaction.
  const from = firstMonth === undefined ? "next month" : `month ${firstMonth}`;
  if (count === 1)
    return `1 payment of ${yen(total)} ${firstMonth === undefined ? "next month" : `in ${from}`}`;
  if (first === each) return `${count} monthly payments of ${yen(each)} from ${from}`;
  return `${count} monthly payments from ${from}: ${yen(first)}, then ${count - 1} x ${yen(each)}`;
}

/** A few aligned `label: value` lines. */
export function lines(rows: ReadonlyArray<readonly [string, string | undefined]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows
    .filter(([, value]) => value !== undefined)
    .map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)
    .join("\n");
}

/** The summary of an authorization result. */
export function describeResult(result: AuthorizationResult): string {
  const rows: [string, string | undefined][] = [
    ["status", result.status],
    ["payment id", result.id],
    ["transaction id", result.transactionId],
    ["amount", yen(result.requestedAmount)],
  ];
  if ("approvalCode" in result) {
    rows.push(["approval code", result.approvalCode], ["authorized", yen(result.authorizedAmount)]);
    rows.push(["sales slip", result.salesSlipNumber]);
  }
  if ("errorReason" in result) rows.push(["reason", result.errorReason]);
  rows.push(
    ["reconciliation id", result.reconciliationId],
    ["correlation id", result.correlationId],
  );
  return lines(rows);
}

/** The summary of a reversal. */
export function describeReversal(reversal: ReversalResult): string {
  return lines([
    ["status", reversal.status],
    ["reversal id", reversal.id],
    ["amount", yen(reversal.amount)],
    ["correlation id", reversal.correlationId],
  ]);
}

/** The summary of a capture. */
export function describeCapture(capture: CaptureResult): string {
  return lines([
    ["status", capture.status],
    ["capture id", capture.id],
    ["amount", yen(capture.amount)],
    ["reconciliation id", capture.reconciliationId],
    ["correlation id", capture.correlationId],
  ]);
}
