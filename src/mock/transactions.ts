import type { ApiCall, MockContext } from "./context.js";
import { submitTimeUtc } from "./ids.js";
import { intake, withNotes } from "./intake.js";
import { reportedTransactions, visible, type ReportedTransaction } from "./reports.js";
import { halReply, invalidRequest, type Reply } from "./reply.js";
import type { TransactionSearchRequest } from "./wire.js";

/**
 * `GET /tss/v2/transactions/{id}`: the transaction from the mock's state, in Cybersource's
 * shape. 404 while `reportDelayMs` has not passed since it happened, as the real reports are
 * not real-time (the 404 body is the mock's own: Cybersource documents none).
 */
export function lookup(context: MockContext, call: ApiCall): Reply {
  const rows = reportedTransactions(context.store);
  const found = rows.find((row) => row.id === call.id);
  if (found === undefined || !visible(found, call.at, context.options.reportDelayMs)) {
    const message = "The specified resource not found in the system.";
    return { ...halReply(404, { status: "NOT_FOUND", message }), notes: [] };
  }
  return halReply(200, details(context, found, rows));
}

function details(
  context: MockContext,
  row: ReportedTransaction,
  rows: readonly ReportedTransaction[],
): object {
  const a = row.authorization;
  const jpo = {
    paymentMethod: a.paymentMethod,
    ...(a.installments === undefined ? {} : { numberOfInstallments: a.installments }),
    ...(a.firstBillingMonth === undefined ? {} : { firstBillingMonth: a.firstBillingMonth }),
  };
  const related = rows.filter((other) => other.rootId === row.rootId && other.id !== row.id);
  return {
    id: row.id,
    rootId: row.rootId,
    merchantId: context.options.merchantId,
    submitTimeUTC: submitTimeUtc(new Date(row.at)),
    status: row.status,
    applicationInformation: {
      reasonCode: "100",
      rCode: "1",
      rFlag: "SOK",
      applications: [
        {
          name: row.service,
          status: row.status,
          reasonCode: "100",
          rCode: "1",
          rFlag: "SOK",
          rMessage: "Request was processed successfully.",
        },
      ],
    },
    clientReferenceInformation: row.code === undefined ? {} : { code: row.code },
    orderInformation: {
      amountDetails: {
        totalAmount: row.amount,
        currency: row.currency,
        authorizedAmount: a.authorizedAmount,
        ...(row.refundBalance === undefined ? {} : { refundBalance: row.refundBalance }),
      },
      invoiceDetails: { salesSlipNumber: a.salesSlipNumber },
    },
    processingInformation: { japanPaymentOptions: jpo },
    paymentInformation: {
      card: {
        prefix: a.card.first6,
        suffix: a.card.last4,
        type: a.card.type,
        expirationMonth: a.card.expirationMonth,
        expirationYear: a.card.expirationYear,
      },
    },
    _links: {
      self: { href: `/tss/v2/transactions/${row.id}`, method: "GET" },
      relatedTransactions: related.map((r) => ({
        href: `/tss/v2/transactions/${r.id}`,
        method: "GET",
      })),
    },
  };
}

/**
 * `POST /tss/v2/searches`: matches `field:value` terms joined by `AND` against the mock's
 * state, for `clientReferenceInformation.code`, `id` and `submitTimeUtc:[from TO to}` in epoch
 * milliseconds. Other fields, `OR` and date math (`NOW/DAY`) are refused with 400 INVALID_DATA
 * (the mock's limit, not Cybersource's).
 */
export function search(context: MockContext, call: ApiCall): Reply {
  const taken = intake(context, "TransactionSearchRequest", call.body as object, call.at);
  if (!taken.ok) return taken.reply;
  const request = taken.body as TransactionSearchRequest;
  const match = matcher(request.query);
  if (match === undefined) {
    const reply = invalidRequest("INVALID_DATA", "The mock cannot run this query", call.at, [
      { field: "query", reason: "INVALID_DATA" },
    ]);
    return withNotes(reply, taken.notes);
  }
  const rows = reportedTransactions(context.store)
    .filter((row) => visible(row, call.at, context.options.reportDelayMs) && match(row))
    .sort((x, y) => (/:asc\b/u.test(request.sort) ? 1 : -1) * x.at.localeCompare(y.at));
  const offset = request.offset ?? 0;
  const limit = request.limit ?? 20;
  const page = rows.slice(offset, offset + limit);
  const body = {
    searchId: crypto.randomUUID(),
    save: false,
    query: request.query,
    sort: request.sort,
    offset,
    limit,
    count: page.length,
    totalCount: rows.length,
    submitTimeUtc: submitTimeUtc(call.at),
    _embedded: { transactionSummaries: page.map(summary) },
  };
  return withNotes(halReply(201, body), taken.notes);
}

function summary(row: ReportedTransaction): object {
  return {
    id: row.id,
    submitTimeUtc: submitTimeUtc(new Date(row.at)),
    status: row.status,
    applicationInformation: { applications: [{ name: row.service, rCode: "1" }] },
    clientReferenceInformation: row.code === undefined ? {} : { code: row.code },
    orderInformation: { amountDetails: { totalAmount: row.amount, currency: row.currency } },
    paymentInformation: {
      card: { prefix: row.authorization.card.first6, suffix: row.authorization.card.last4 },
    },
    _links: { transactionDetail: { href: `/tss/v2/transactions/${row.id}`, method: "GET" } },
  };
}

function matcher(query: string): ((row: ReportedTransaction) => boolean) | undefined {
  const tests: ((row: ReportedTransaction) => boolean)[] = [];
  for (const term of query.split(/\s+AND\s+/u)) {
    const range = /^submitTimeUtc:\[(\d+) TO (\d+)\}$/u.exec(term);
    const pair = /^(clientReferenceInformation\.code|id):(\S+)$/u.exec(term);
    if (range !== null) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      tests.push((row) => Date.parse(row.at) >= from && Date.parse(row.at) < to);
    } else if (pair !== null) {
      const [, field, value] = pair;
      tests.push((row) => (field === "id" ? row.id : row.code) === value);
    } else return undefined;
  }
  return (row) => tests.every((test) => test(row));
}
