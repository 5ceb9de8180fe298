import type { MockStore } from "./store.js";
import type { MockAuthorization } from "./records.js";

/**
 * A transaction as the mock's Transaction Details and Search APIs report it, built from its
 * state. Cybersource documents the shape, not the values for cards: the `status` values and the
 * service names (`ics_auth`, `ics_bill`, `ics_credit`, `ics_void`, `ics_auth_reversal`) are the
 * SCMP names, inferred (only `ics_bill` appears in Cybersource's example).
 */
export interface ReportedTransaction {
  readonly id: string;
  readonly rootId: string;
  readonly at: string;
  readonly status: string;
  readonly service: string;
  readonly amount: string;
  readonly currency: string;
  readonly code: string | undefined;
  readonly authorization: MockAuthorization;
  readonly refundBalance: string | undefined;
}

/** Every transaction the store holds, oldest first. */
export function reportedTransactions(store: MockStore): ReportedTransaction[] {
  const auths = new Map(store.authorizations.map((a) => [a.id, a]));
  const rows: ReportedTransaction[] = [];
  for (const a of auths.values()) {
    const status = a.status === "DECLINED" ? "DECLINED" : "AUTHORIZED";
    rows.push(row(a.id, a, a.history[0]?.at ?? "", status, "ics_auth", a.authorizedAmount, a.code));
  }
  for (const r of store.reversals) {
    const a = auths.get(r.authorizationId)!;
    rows.push(row(r.id, a, r.at, "REVERSED", "ics_auth_reversal", r.amount, a.code));
  }
  for (const c of store.captures) {
    const a = auths.get(c.authorizationId)!;
    const balance = String(Number(c.amount) - Number(c.refundedAmount));
    rows.push({
      ...row(c.id, a, c.at, stateStatus(c.state), "ics_bill", c.amount, c.code),
      refundBalance: c.state === "VOIDED" ? "0" : balance,
    });
  }
  for (const f of store.refunds) {
    const a = auths.get(f.authorizationId)!;
    rows.push(row(f.id, a, f.at, stateStatus(f.state), "ics_credit", f.amount, f.code));
  }
  for (const v of store.voids) {
    const target = store.findCapture(v.targetId) ?? store.findRefund(v.targetId);
    const a = target && auths.get(target.authorizationId);
    if (a !== undefined) rows.push(row(v.id, a, v.at, "VOIDED", "ics_void", v.amount, a.code));
  }
  return rows.sort((x, y) => x.at.localeCompare(y.at));
}

/** Whether the reports know the transaction yet, by the mock's clock. */
export function visible(row: ReportedTransaction, now: Date, delayMs: number): boolean {
  return now.getTime() - Date.parse(row.at) >= delayMs;
}

const stateStatus = (state: string) =>
  state === "SETTLED" ? "TRANSMITTED" : state === "VOIDED" ? "VOIDED" : "PENDING";

function row(
  id: string,
  authorization: MockAuthorization,
  at: string,
  status: string,
  service: string,
  amount: string,
  code: string | undefined,
): ReportedTransaction {
  return {
    id,
    rootId: authorization.id,
    at,
    status,
    service,
    amount,
    currency: authorization.currency,
    code,
    authorization,
    refundBalance: undefined,
  };
}
