import type { components } from "../../generated/openapi.js";
import { JpoValidationError, TransportError } from "../errors.js";
import { dig, isPaymentId, text } from "../internal/json.js";
import { sleep } from "../internal/sleep.js";
import {
  redactedJson,
  type Exchanged,
  type Runtime,
  toApiError,
  withRetry,
} from "../transport/index.js";
import { callOptions } from "./call-options.js";

type Schemas = components["schemas"];

/** Options of a lookup. */
export interface GetTransactionOptions {
  /**
   * How long to keep retrying while Cybersource answers 404, in ms. Default 0: one request. The
   * Transaction Details API is not real-time ("retry the API call 5 minutes later, for a maximum
   * of five tries"), so a 404 right after a payment means "not yet".
   */
  readonly waitMs?: number;
  /** Aborts the lookup, its retries and its waits. */
  readonly signal?: AbortSignal;
}

/** The JPO data of a transaction, under Cybersource's reporting names. */
export type ReportedJpoOptions = NonNullable<
  NonNullable<Schemas["TransactionDetails"]["processingInformation"]>["japanPaymentOptions"]
>;

/** One service run in a transaction's history (`applicationInformation.applications[]`). */
export interface ApplicationRun {
  /** The service, e.g. `ics_auth`, `ics_bill` (capture), `ics_credit` (refund). */
  readonly name: string | undefined;
  /** Its status. */
  readonly status: string | undefined;
  /** `1` success, `0` declined, `-1` error. */
  readonly rCode: string | undefined;
  /** The one-word outcome, e.g. `SOK`. */
  readonly rFlag: string | undefined;
}

/** A transaction found by `client.getTransaction`. */
export interface TransactionDetails {
  /** True: Cybersource's reports have it. */
  readonly found: true;
  /** The transaction's id. */
  readonly id: string;
  /** The id of the first transaction of the series (the authorization). */
  readonly rootId: string | undefined;
  /** Cybersource's status of the transaction (values for cards are not documented). */
  readonly status: string | undefined;
  /** The merchant transaction id: the reports do not carry it, so always `undefined`. */
  readonly transactionId: undefined;
  /** The merchant reference code. */
  readonly code: string | undefined;
  /** The amount, whole yen. */
  readonly amount: string | undefined;
  /** What can still be refunded (`refundBalance`), when reported. */
  readonly refundBalance: string | undefined;
  /** The sales slip number, when reported. */
  readonly salesSlipNumber: string | undefined;
  /** The JPO data as reported (`numberOfInstallments`, `preApprovalType`, `businessNameEnglish`). */
  readonly japanPaymentOptions: ReportedJpoOptions | undefined;
  /** The card, masked (`prefix`, `suffix`, `type`). */
  readonly card: Schemas["MaskedCard"] | undefined;
  /** The application history, oldest first. */
  readonly applications: readonly ApplicationRun[];
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The response body as received, card data masked. */
  readonly raw: Schemas["TransactionDetails"];
}

/** Not in Cybersource's reports (yet): it answered 404 until `waitMs` ran out. */
export interface TransactionNotFoundYet {
  /** False: try again later (Cybersource suggests 5 minutes, at most five tries). */
  readonly found: false;
  /** The id looked up. */
  readonly id: string;
  /** Always `NOT_FOUND_YET`. */
  readonly status: "NOT_FOUND_YET";
  /** Always `undefined`. */
  readonly transactionId: undefined;
  /** How many lookups were sent. */
  readonly attempts: number;
  /** The `v-c-correlation-id` of the last 404. */
  readonly correlationId: string | undefined;
}

/** The outcome of `client.getTransaction`, discriminated by `found`. */
export type TransactionLookup = TransactionDetails | TransactionNotFoundYet;

const FIRST_WAIT_MS = 250;

/**
 * Looks a transaction up (`GET /tss/v2/transactions/{id}`), retrying on 404 while `waitMs`
 * allows (waits of 250 ms, doubling), then resolving to `{ found: false }`.
 */
export async function getTransaction(
  rt: Runtime,
  id: string,
  options?: GetTransactionOptions,
): Promise<TransactionLookup> {
  const path = `/tss/v2/transactions/${String(id)}`;
  const label = `getTransaction (GET ${path})`;
  const call = callOptions(label, options, ["waitMs", "signal"]);
  if (!isPaymentId(id)) {
    const message = "must be a transaction id (1-26 letters and digits).";
    const source = "cybersource-rest-client 0.0.83 TransactionDetailsApi.md (id)";
    throw new JpoValidationError(label, [
      { path: "id", rule: "pattern", message, severity: "error", source },
    ]);
  }
  const started = rt.now().getTime();
  for (let attempt = 1, wait = FIRST_WAIT_MS; ; attempt++, wait *= 2) {
    const sent = await withRetry(rt, label, {
      operation: "getTransaction",
      method: "GET",
      path,
      body: undefined,
      timeoutMs: rt.timeoutMs,
      signal: call.signal,
    });
    if (sent.httpStatus !== 404) return details(label, sent);
    const left = (call.waitMs ?? 0) - (rt.now().getTime() - started);
    if (left <= 0) {
      return Object.freeze({
        found: false,
        id,
        status: "NOT_FOUND_YET",
        transactionId: undefined,
        attempts: attempt,
        correlationId: sent.correlationId,
      });
    }
    await sleep(Math.min(wait, left), call.signal).catch((cause: unknown) => {
      throw new TransportError(label, "aborted by the caller's signal", { cause });
    });
  }
}

function details(label: string, sent: Exchanged): TransactionDetails {
  if (sent.httpStatus !== 200) throw toApiError(label, sent);
  const raw = redactedJson(sent) as Schemas["TransactionDetails"];
  const id = text(raw?.id);
  if (typeof raw !== "object" || raw === null || id === undefined) {
    throw new TransportError(label, `HTTP ${sent.httpStatus} came without a readable transaction`);
  }
  const slip = dig(raw, "orderInformation", "invoiceDetails", "salesSlipNumber");
  const runs = dig(raw, "applicationInformation", "applications");
  return Object.freeze({
    found: true,
    id,
    rootId: text(raw.rootId),
    status: text(raw.status),
    transactionId: undefined,
    code: text(dig(raw, "clientReferenceInformation", "code")),
    amount: text(dig(raw, "orderInformation", "amountDetails", "totalAmount")),
    refundBalance: text(dig(raw, "orderInformation", "amountDetails", "refundBalance")),
    salesSlipNumber:
      typeof slip === "string" || typeof slip === "number" ? String(slip) : undefined,
    japanPaymentOptions: raw.processingInformation?.japanPaymentOptions,
    card: raw.paymentInformation?.card,
    applications: Object.freeze(
      (Array.isArray(runs) ? runs : []).map((run: unknown) =>
        Object.freeze({
          name: text(dig(run, "name")),
          status: text(dig(run, "status")),
          rCode: text(dig(run, "rCode")),
          rFlag: text(dig(run, "rFlag")),
        }),
      ),
    ),
    correlationId: sent.correlationId,
    raw,
  });
}
