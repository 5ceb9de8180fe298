// The commands for the rest of a payment's life: refund, void (by id, or the timeout void),
// lookup and search, each against --url or --live like capture.
import {
  transactionQuery,
  type TransactionLookup,
  type VoidKind,
  VoidableOutcomeError,
} from "../index.js";
import { exitCodes } from "./exit-codes.js";
import { yen } from "./format.js";
import { requiredAmount, withTarget } from "./follow-ups.js";
import { CliInputError, requiredFlag, stringFlag, type Flags } from "./input.js";
import type { Printer } from "./printer.js";

/**
 * `refund --capture-id ID --amount YEN [--code CODE] [--reason TEXT]`: refunds a capture (sent
 * once; an unknown outcome exits 5 and prints the `void --transaction-id` command).
 */
export function refundCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const id = requiredFlag(flags, "capture-id", "the capture id the capture printed");
  const amount = requiredAmount(flags);
  const code = stringFlag(flags, "code");
  const reason = stringFlag(flags, "reason");
  return withTarget("refund", flags, env, async (session) => {
    const refund = await session.client.refund(
      { id, amount, ...(code === undefined ? {} : { code }) },
      reason === undefined ? {} : { reason },
    );
    const { raw: _raw, ...summary } = refund;
    print.document(summary);
    print.out(
      table([
        ["status", refund.status],
        ["refund id", refund.id],
        ["amount", yen(refund.amount)],
        ["transaction id", refund.transactionId],
        ["correlation id", refund.correlationId],
      ]),
    );
    return refund.status === "PENDING" ? exitCodes.ok : exitCodes.declined;
  });
}

const kinds: readonly VoidKind[] = ["capture", "refund", "credit"];

/**
 * `void --kind capture|refund|credit --id ID`, or `void --transaction-id ID` (the timeout void of
 * a capture or refund whose outcome is unknown; wait 60 s after it first).
 */
export function voidCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const transactionId = stringFlag(flags, "transaction-id");
  const kind = stringFlag(flags, "kind");
  const id = stringFlag(flags, "id");
  if (transactionId === undefined && (kind === undefined || id === undefined)) {
    throw new CliInputError([
      "void needs --kind capture|refund|credit and --id ID, or --transaction-id ID (timeout void).",
    ]);
  }
  if (kind !== undefined && !kinds.includes(kind as VoidKind)) {
    throw new CliInputError([
      `--kind must be capture, refund or credit, not ${JSON.stringify(kind)}.`,
    ]);
  }
  return withTarget("void", flags, env, async (session) => {
    const voided =
      transactionId === undefined
        ? await session.client.void({ kind: kind as VoidKind, id: id! })
        : await session.client.voidTimedOut({ transactionId });
    const { raw: _raw, ...summary } = voided;
    print.document(summary);
    print.out(
      table([
        ["status", voided.status],
        ["void id", voided.id],
        ["transaction id", voided.transactionId],
        ["correlation id", voided.correlationId],
      ]),
    );
    return exitCodes.ok;
  });
}

/** `lookup --id ID [--wait-ms MS]`: a transaction's details; not in the reports yet exits 7. */
export function lookupCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const id = requiredFlag(flags, "id", "the id of a payment, capture, refund or void");
  const waitMs = numberFlag(flags, "wait-ms");
  return withTarget("lookup", flags, env, async (session) => {
    const found = await session.client.getTransaction(id, waitMs === undefined ? {} : { waitMs });
    printLookup(found, print);
    return found.found ? exitCodes.ok : exitCodes.notFoundYet;
  });
}

function printLookup(found: TransactionLookup, print: Printer): void {
  if (!found.found) {
    print.document(found);
    print.out(`${found.id} is not in Cybersource's reports yet; try again in a few minutes.`);
    return;
  }
  const { raw: _raw, ...summary } = found;
  print.document(summary);
  const jpo = found.japanPaymentOptions;
  print.out(
    table([
      ["status", found.status],
      ["id", found.id],
      ["root id", found.rootId],
      ["amount", found.amount === undefined ? undefined : yen(found.amount)],
      ["refund balance", found.refundBalance === undefined ? undefined : yen(found.refundBalance)],
      ["sales slip", found.salesSlipNumber],
      ["payment method", jpo?.paymentMethod],
      ["installments", jpo?.numberOfInstallments],
      [
        "card",
        found.card === undefined
          ? undefined
          : `${found.card.prefix ?? ""}…${found.card.suffix ?? ""}`,
      ],
      ["history", found.applications.map((run) => `${run.name} ${run.status}`).join(", ")],
      ["correlation id", found.correlationId],
    ]),
  );
}

/** `search (--code CODE | --id ID | --query Q) [--limit N] [--offset N]`: one page of results. */
export function searchCommand(flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  const code = stringFlag(flags, "code");
  const id = stringFlag(flags, "id");
  const query =
    stringFlag(flags, "query") ??
    (code !== undefined
      ? transactionQuery.code(code)
      : id !== undefined
        ? transactionQuery.id(id)
        : undefined);
  if (query === undefined) throw new CliInputError(["search needs --code, --id or --query."]);
  const limit = numberFlag(flags, "limit");
  const offset = numberFlag(flags, "offset");
  return withTarget("search", flags, env, async (session) => {
    const page = await session.client.searchTransactions({
      query,
      ...(limit === undefined ? {} : { limit }),
      ...(offset === undefined ? {} : { offset }),
    });
    print.document({ totalCount: page.totalCount, offset: page.offset, summaries: page.summaries });
    print.out(`${page.totalCount} found; showing ${page.summaries.length} from ${page.offset}`);
    for (const s of page.summaries) {
      print.out(
        `  ${s.id}  ${s.submitTimeUtc ?? ""}  ${s.applications.join(",")}  ${s.status ?? ""}  ${s.amount ?? ""}`,
      );
    }
    return exitCodes.ok;
  });
}

/** The lines an unknown capture or refund outcome adds: the timeout void command. */
export function voidAdvice(error: unknown, url: string | undefined): string[] {
  // A capture's or a refund's unknown outcome: both are voided by transaction id.
  if (!(error instanceof VoidableOutcomeError)) return [];
  const where = url === undefined ? "--live" : `--url ${url}`;
  return [
    "Do not send it again. Wait 60 s, then void it:",
    `  cybersource-jpo void --transaction-id ${error.transactionId} ${where}`,
  ];
}

function numberFlag(flags: Flags, name: string): number | undefined {
  const value = stringFlag(flags, name);
  if (value === undefined) return undefined;
  if (!/^\d{1,10}$/u.test(value)) throw new CliInputError([`--${name} must be a whole number.`]);
  return Number(value);
}

function table(rows: readonly (readonly [string, string | undefined])[]): string {
  return rows
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([name, value]) => `${name.padEnd(18)}${value}`)
    .join("\n");
}
