import { JpoValidationError } from "../errors.js";

const source =
  "developer.cybersource.com txn-search/developer/all/rest/txn-search/txn-search-intro/txn-filtering.html (field:value, AND, [from TO to})";

/** A value Cybersource's query syntax can carry unquoted (no quoting syntax is documented). */
function plain(field: string, value: string): string {
  if (typeof value !== "string" || !/^[^\s:[\]{}()"]+$/u.test(value)) {
    throw new JpoValidationError("transactionQuery", [
      {
        path: field,
        rule: "pattern",
        message:
          "must be a non-empty value without spaces, colons, brackets or quotes: Cybersource documents no way to quote them.",
        severity: "error",
        source,
      },
    ]);
  }
  return `${field}:${value}`;
}

function epochMs(at: Date | string, path: string): number {
  const ms = (at instanceof Date ? at : new Date(at)).getTime();
  if (Number.isNaN(ms)) {
    const message = "must be a Date or an ISO 8601 time.";
    throw new JpoValidationError("transactionQuery", [
      { path, rule: "type", message, severity: "error", source },
    ]);
  }
  return ms;
}

/**
 * Builds queries for `client.searchTransactions` in Cybersource's syntax.
 *
 * @example
 * ```ts
 * const query = transactionQuery.and(
 *   transactionQuery.code("ORDER-1"),
 *   transactionQuery.submitted({ from: "2026-12-01T00:00:00+09:00", to: new Date() }),
 * );
 * ```
 */
export const transactionQuery = Object.freeze({
  /** By merchant reference code: `clientReferenceInformation.code:<code>`. */
  code: (code: string): string => plain("clientReferenceInformation.code", code),
  /**
   * By Cybersource's transaction id (the `id` of a result): `id:<id>`. Searching by the
   * merchant's `transactionId` is not documented by Cybersource.
   */
  id: (id: string): string => plain("id", id),
  /** Submitted from `from` (inclusive) to `to` (exclusive), as epoch milliseconds. */
  submitted: (range: { readonly from: Date | string; readonly to: Date | string }): string =>
    `submitTimeUtc:[${epochMs(range.from, "from")} TO ${epochMs(range.to, "to")}}`,
  /** All of the terms. */
  and: (...terms: readonly string[]): string => terms.join(" AND "),
});
