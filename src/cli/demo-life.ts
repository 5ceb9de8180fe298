// The demo's steps after an authorization: capture, a partial refund, a lookup, and a capture
// whose answer is lost, undone by the timeout void.
import {
  type AuthorizationResult,
  CaptureOutcomeUnknownError,
  type JpoAuthorizationRequest,
} from "../index.js";
import { describeCapture, yen } from "./format.js";
import type { Session } from "./session.js";

type Out = (text: string) => void;

/** Captures the approved payment, refunds part of it, and looks the capture up. */
export async function captureRefundLookup(
  session: Session,
  result: AuthorizationResult,
  out: Out,
): Promise<void> {
  if (result.status !== "AUTHORIZED") return out(`  not capturable (${result.status})\n`);
  out("2. Capture it (the JPO data is restated, as Cybersource requires)");
  const capture = await result.capture();
  out(`${describeCapture(capture)}\n`);
  out(`3. Refund ${yen(20000)} of it (a partial refund; the rest stays captured)`);
  const refund = await capture.refund({ amount: "20000" });
  out(`  status             ${refund.status}\n  refund id          ${refund.id}\n`);
  out("4. Look the capture up (Transaction Details: not real-time, so a 404 means 'not yet')");
  const found = await session.client.getTransaction(capture.id, { waitMs: 0 });
  if (!found.found) return out("  not in Cybersource's reports yet: try again in a few minutes\n");
  const jpo = found.japanPaymentOptions;
  out(`  status             ${found.status}`);
  out(`  refund balance     ${found.refundBalance === undefined ? "?" : yen(found.refundBalance)}`);
  out(
    `  installments       ${jpo?.numberOfInstallments ?? "?"} (reported as numberOfInstallments)`,
  );
  out(`  sales slip         ${found.salesSlipNumber ?? "?"}`);
  out(`  history            ${found.applications.map((run) => run.name).join(", ")}\n`);
}

/**
 * Authorizes 6,000 yen, captures 5,002 of it (the mock records the capture, then answers 502),
 * and voids it by its transaction id. Only against the mock: the sandbox cannot lose an answer
 * on demand.
 */
export async function lostCapture(
  session: Session,
  request: JpoAuthorizationRequest,
  out: Out,
): Promise<void> {
  if (session.mock === undefined) return;
  out(`6. Capture ${yen(5002)}, but Cybersource answers 502: the capture may exist`);
  const result = await session.client.authorize(request);
  if (result.status !== "AUTHORIZED") throw new Error(`unexpected ${result.status}`);
  const error = await result.capture({ amount: "5002" }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof CaptureOutcomeUnknownError)) throw error ?? new Error("it was answered");
  out(`  ${error.code}: transaction id ${error.transactionId}; never sent again`);
  out("  voiding by transaction id (the timeout void; the mock needs no 60 s wait)");
  const voided = await error.void();
  out(`  status             ${voided.status}`);
  const record = session.mock.captures.find((c) => c.transactionId === error.transactionId);
  out(`  the mock's record of the capture ${record?.id ?? "?"} is now ${record?.state ?? "?"}`);
}
