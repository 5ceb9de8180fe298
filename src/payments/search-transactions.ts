import type { components } from "../../generated/openapi.js";
import { transactionSearchRequestRule } from "../../generated/rules.js";
import { TransportError } from "../errors.js";
import { dig, text } from "../internal/json.js";
import { snapshotOrThrow } from "../rules/index.js";
import { redactedJson, type Runtime, toApiError } from "../transport/index.js";
import { callOptions } from "./call-options.js";
import { send, type FollowUp } from "./follow-up.js";

type Schemas = components["schemas"];

/** What `client.searchTransactions` searches. */
export interface TransactionSearch {
  /** The query, e.g. from `transactionQuery.code("ORDER-1")`. */
  readonly query: string;
  /** Results per page, 1-2500; Cybersource's default 20. */
  readonly limit?: number;
  /** The first result, from 0. Default 0. */
  readonly offset?: number;
  /** Default `submitTimeUtc:desc` (newest first). */
  readonly sort?: string;
}

/** Options of a search. */
export interface SearchOptions {
  /** Aborts the search and its retries. */
  readonly signal?: AbortSignal;
}

/** A transaction in search results (no JPO data: look it up for that). */
export interface TransactionSummary {
  /** Cybersource's id of the transaction. */
  readonly id: string | undefined;
  /** Its status, when reported. */
  readonly status: string | undefined;
  /** Not in search results: always `undefined`. */
  readonly transactionId: undefined;
  /** The merchant reference code. */
  readonly code: string | undefined;
  /** The amount. */
  readonly amount: string | undefined;
  /** When it was submitted. */
  readonly submitTimeUtc: string | undefined;
  /** The services run, e.g. `["ics_auth", "ics_bill"]`. */
  readonly applications: readonly string[];
}

/** One page of search results. */
export interface TransactionSearchPage {
  /** The results of this page. */
  readonly summaries: readonly TransactionSummary[];
  /** How many results in all. */
  readonly totalCount: number;
  /** The offset of this page. */
  readonly offset: number;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The next page, when there are more results; `undefined` on the last page. */
  readonly next: ((options?: SearchOptions) => Promise<TransactionSearchPage>) | undefined;
  /** The response body as received, card data masked. */
  readonly raw: Schemas["TransactionSearchResponse"];
}

const label = "searchTransactions (POST /tss/v2/searches)";

/** Searches transactions (`POST /tss/v2/searches`), one page at a time. Retried like a void. */
export async function searchTransactions(
  rt: Runtime,
  search: TransactionSearch,
  options?: SearchOptions,
): Promise<TransactionSearchPage> {
  const { signal } = callOptions(label, options, ["signal"]);
  // A search that cannot be read as plain data (a cycle, a throwing getter) is refused as such.
  const given = (snapshotOrThrow(label, search, "search") ?? {}) as Partial<TransactionSearch>;
  const body = {
    query: given.query,
    sort: given.sort ?? "submitTimeUtc:desc",
    offset: given.offset ?? 0,
    ...(given.limit === undefined ? {} : { limit: given.limit }),
  } as Schemas["TransactionSearchRequest"];
  const followUp: FollowUp = {
    operation: "searchTransactions",
    path: "/tss/v2/searches",
    body,
    rule: transactionSearchRequestRule,
  };
  const sent = await send(rt, followUp, signal);
  if (sent.httpStatus !== 201 && sent.httpStatus !== 200) {
    throw toApiError(label, sent);
  }
  const raw = redactedJson(sent) as Schemas["TransactionSearchResponse"];
  if (typeof raw !== "object" || raw === null) {
    throw new TransportError(label, `HTTP ${sent.httpStatus} came without readable results`);
  }
  const items = dig(raw, "_embedded", "transactionSummaries");
  const summaries = (Array.isArray(items) ? items : []).map(summary);
  const totalCount = typeof raw.totalCount === "number" ? raw.totalCount : summaries.length;
  const nextOffset = body.offset! + summaries.length;
  const more = summaries.length > 0 && nextOffset < totalCount;
  return Object.freeze({
    summaries: Object.freeze(summaries),
    totalCount,
    offset: body.offset!,
    correlationId: sent.correlationId,
    next: more
      ? (next?: SearchOptions) =>
          searchTransactions(rt, { ...given, query: body.query, offset: nextOffset }, next)
      : undefined,
    raw,
  });
}

function summary(item: unknown): TransactionSummary {
  const runs = dig(item, "applicationInformation", "applications");
  return Object.freeze({
    id: text(dig(item, "id")),
    status: text(dig(item, "status")),
    transactionId: undefined,
    code: text(dig(item, "clientReferenceInformation", "code")),
    amount: text(dig(item, "orderInformation", "amountDetails", "totalAmount")),
    submitTimeUtc: text(dig(item, "submitTimeUtc")),
    applications: Object.freeze(
      (Array.isArray(runs) ? runs : []).flatMap((run: unknown) => text(dig(run, "name")) ?? []),
    ),
  });
}
