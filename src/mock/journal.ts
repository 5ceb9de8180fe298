import { dig, isObject } from "../internal/json.js";

/** The mock operation a request was routed to; `none` for a path the mock does not serve. */
export type MockOperation =
  | "authorize"
  | "capture"
  | "reverse"
  | "reverseTimedOut"
  | "voidTimedOut"
  | "createCaptureContext"
  | "refund"
  | "void"
  | "settle"
  | "getTransaction"
  | "searchTransactions"
  | "setupPayerAuthentication"
  | "checkPayerAuthEnrollment"
  | "validateAuthenticationResults"
  | "none";

/** One request the mock received, as `mock.requests` lists it. */
export interface MockRequestRecord {
  /** The operation it was routed to. */
  readonly operation: MockOperation;
  /** The HTTP method, e.g. `POST`. */
  readonly method: string;
  /** The path, without the query. */
  readonly path: string;
  /** The HTTP status answered (also for a reset or truncated delivery). */
  readonly status: number;
  /**
   * The JSON body as received, with card data masked: the card number as its first six and last
   * four digits, the security code, JIS II track data and transient tokens as `***`. `undefined` if it was not JSON.
   */
  readonly body: unknown;
  /** What Cybersource would silently ignore, truncate or read its own way (`x-mock-notes`). */
  readonly notes: readonly string[];
  /** When it was received, by the mock's clock, as an ISO 8601 string. */
  readonly at: string;
}

/** `body` parsed as JSON with the card data masked, or `undefined` when it is not JSON. */
export function maskedBody(body: Buffer): unknown {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  if (!isObject(value)) return value;
  const card = dig(value, "paymentInformation", "card");
  if (isObject(card)) {
    const number = card["number"];
    if (typeof number === "string" || typeof number === "number") {
      const digits = String(number);
      card["number"] =
        digits.length >= 12
          ? `${digits.slice(0, 6)}${"*".repeat(digits.length - 10)}${digits.slice(-4)}`
          : "***";
    }
    if (card["securityCode"] !== undefined) card["securityCode"] = "***";
  }
  const token = dig(value, "tokenInformation");
  if (isObject(token)) {
    // A transient token (its JWT or its id) is a bearer credential for the card.
    for (const field of ["transientTokenJwt", "jti", "transientToken"]) {
      if (token[field] !== undefined) token[field] = "***";
    }
  }
  const jpo = dig(value, "processingInformation", "japanPaymentOptions");
  if (isObject(jpo) && jpo["jis2TrackData"] !== undefined) jpo["jis2TrackData"] = "***";
  return value;
}

/** `notes` as the `x-mock-notes` header: a JSON array, non-ASCII escaped so the header is ASCII. */
export function notesHeader(notes: readonly string[]): string {
  return JSON.stringify(notes).replace(
    /[^\x20-\x7E]/gu,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}
