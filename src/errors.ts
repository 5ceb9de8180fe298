import { redact, redactText } from "./redact.js";

/**
 * Base class of every error this SDK throws. Narrow on `code` (a stable string) rather than on
 * `instanceof`, which breaks across realms and duplicated installs.
 *
 * @example
 * ```ts
 * try {
 *   await client.authorize(request);
 * } catch (error) {
 *   if (isCybersourceJpoError(error) && error.code === "VALIDATION_FAILED") {
 *     // fix the request
 *   }
 * }
 * ```
 */
export class CybersourceJpoError extends Error {
  /** Stable machine-readable code, e.g. `"AUTH_CONFIG_INVALID"`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(
      redactText(message),
      options?.cause === undefined ? undefined : { cause: safeCause(options.cause, 0) },
    );
    this.code = code;
    this.name = new.target.name;
  }

  /** The error as JSON for logs: name, code, message and its own fields, redacted. */
  toJSON(): unknown {
    const cause =
      this.cause instanceof Error ? `${this.cause.name}: ${this.cause.message}` : this.cause;
    return redact({
      ...Object.fromEntries(Object.entries(this)),
      name: this.name,
      code: this.code,
      message: this.message,
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/**
 * `cause` itself when nothing in it (message, name, nested causes up to three deep) shows card
 * data; otherwise a copy with the text masked. A non-Error cause is redacted.
 */
function safeCause(cause: unknown, depth: number): unknown {
  if (!(cause instanceof Error)) return redact(cause);
  if (cause instanceof CybersourceJpoError) return cause;
  let name = "Error";
  let message = "";
  let inner: unknown;
  try {
    ({ name, message } = cause);
    inner = cause.cause;
  } catch {
    return new Error("[unreadable cause]");
  }
  const safeInner = depth < 3 && inner !== undefined ? safeCause(inner, depth + 1) : undefined;
  const clean =
    redactText(String(message)) === String(message) &&
    redactText(String(name)) === String(name) &&
    safeInner === inner;
  if (clean) return cause;
  const copy = new Error(
    redactText(String(message)),
    safeInner === undefined ? undefined : { cause: safeInner },
  );
  copy.name = redactText(String(name));
  return copy;
}

/** True for any error thrown by this SDK, including ones from another copy of the package. */
export function isCybersourceJpoError(value: unknown): value is CybersourceJpoError {
  return (
    value instanceof CybersourceJpoError ||
    (value instanceof Error &&
      typeof (value as { code?: unknown }).code === "string" &&
      (value as { [brand]?: unknown })[brand] === true)
  );
}

const brand = Symbol.for("cybersource-jpo.error");
Object.defineProperty(CybersourceJpoError.prototype, brand, { value: true });

/** One problem with an authorization request, found before anything is sent. */
export interface ValidationIssue {
  /** Dotted JSON path of the field, e.g. `processingInformation.japanPaymentOptions.installments`. */
  readonly path: string;
  /** Stable rule name, e.g. `required`, `max-length`, `katakana`, `visa-only`, `unknown-field`. */
  readonly rule: string;
  /** One sentence saying what is wrong and what to send instead. Never contains card data. */
  readonly message: string;
  /**
   * `error`: Cybersource would certainly refuse or mishandle it, so nothing is sent. `warning`:
   * Cybersource's sources disagree, or one of them calls for something that is missing; the
   * request is still sent.
   */
  readonly severity: "error" | "warning";
  /** The Cybersource document, spec pointer, example or SDK model the rule comes from. */
  readonly source?: string;
}

const MAX_ISSUES = 100;

/**
 * The request breaks one or more rules; nothing was sent. `issues` lists every problem at once.
 * Code `VALIDATION_FAILED`.
 */
export class JpoValidationError extends CybersourceJpoError {
  /** The errors found, in field order: the first 100 (see `omittedIssues`). Warnings do not stop a request and are not listed. */
  readonly issues: readonly ValidationIssue[];

  /** How many more errors were found beyond the first 100 in `issues`. */
  readonly omittedIssues: number;

  constructor(operation: string, all: readonly ValidationIssue[]) {
    const issues = all.filter((issue) => issue.severity !== "warning");
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(
      "VALIDATION_FAILED",
      `${operation} was not sent: ${first ? `${first.path}: ${first.message}` : "invalid request"}${more}`,
    );
    // At most 100 are kept, so that a huge bad input cannot make a huge error.
    this.issues = Object.freeze(issues.slice(0, MAX_ISSUES));
    this.omittedIssues = Math.max(0, issues.length - MAX_ISSUES);
  }
}

/** One field Cybersource named in an error response. */
export interface ApiErrorDetail {
  /** The field's dotted path, e.g. `orderInformation.billTo.email`. */
  readonly field?: string;
  /** `MISSING_FIELD` or `INVALID_DATA`. */
  readonly reason?: string;
}

/**
 * Cybersource answered with an error: a 4xx (`INVALID_REQUEST`, authentication failure) or a 5xx
 * on an operation whose outcome is certain. Code `CYBERSOURCE_API_ERROR`, or
 * `AUTHENTICATION_FAILED` for a 401.
 */
export class CybersourceApiError extends CybersourceJpoError {
  /** HTTP status, e.g. `400`. */
  readonly httpStatus: number;
  /** Cybersource's `status`, e.g. `INVALID_REQUEST`, when the body has one. */
  readonly status: string | undefined;
  /** Cybersource's `reason`, e.g. `MISSING_FIELD`, `DUPLICATE_REQUEST`. */
  readonly reason: string | undefined;
  /** The fields Cybersource named, if any. */
  readonly details: readonly ApiErrorDetail[];
  /** Cybersource's `v-c-correlation-id` response header: quote it to Cybersource support. */
  readonly correlationId: string | undefined;

  constructor(init: {
    operation: string;
    httpStatus: number;
    status?: string | undefined;
    reason?: string | undefined;
    message?: string | undefined;
    details?: readonly ApiErrorDetail[] | undefined;
    correlationId?: string | undefined;
  }) {
    const code = init.httpStatus === 401 ? "AUTHENTICATION_FAILED" : "CYBERSOURCE_API_ERROR";
    const what = redactText([init.status, init.reason].filter(Boolean).join(" "));
    const hint =
      init.httpStatus === 401
        ? "check the merchant id, key and clock"
        : redactText(init.message || "see details");
    super(
      code,
      `${init.operation} failed with HTTP ${init.httpStatus}${what ? ` ${what}` : ""}: ${hint}.`,
    );
    // Everything from the answer is masked: a server may echo card data in any field.
    const masked = (text: string | undefined) =>
      text === undefined ? undefined : redactText(text);
    this.httpStatus = init.httpStatus;
    this.status = masked(init.status);
    this.reason = masked(init.reason);
    this.details = Object.freeze(
      (init.details ?? []).map((detail) => ({
        ...(detail.field === undefined ? {} : { field: redactText(detail.field) }),
        ...(detail.reason === undefined ? {} : { reason: redactText(detail.reason) }),
      })),
    );
    this.correlationId = masked(init.correlationId);
  }
}

/**
 * The request could not be completed: a network failure, a timeout, or an unreadable response,
 * on an operation that is safe to repeat. Code `TRANSPORT_FAILED`; `cause` is the original error.
 */
export class TransportError extends CybersourceJpoError {
  /** The HTTP status, when an answer came but could not be used (a redirect, a body too large). */
  readonly httpStatus: number | undefined;

  constructor(
    operation: string,
    what: string,
    options: { cause?: unknown; httpStatus?: number | undefined } = {},
  ) {
    super("TRANSPORT_FAILED", `${operation} failed: ${what}.`, { cause: options.cause });
    this.httpStatus = options.httpStatus;
  }
}

/**
 * An answer that response MLE should have encrypted was not (`RESPONSE_NOT_ENCRYPTED`: a 2xx
 * without `encryptedResponse`), or its `encryptedResponse` could not be decrypted with your
 * response MLE key (`RESPONSE_DECRYPTION_FAILED`). Cybersource did answer, so the operation may
 * have taken effect: an authorization turns this into `AuthorizationOutcomeUnknownError` (with
 * this error as `cause`); for a capture or reversal, check the payment's state before trying again.
 */
export class ResponseEncryptionError extends CybersourceJpoError {
  /** The HTTP status of the answer. */
  readonly httpStatus: number;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;

  constructor(
    code: "RESPONSE_NOT_ENCRYPTED" | "RESPONSE_DECRYPTION_FAILED",
    init: { request: string; httpStatus: number; correlationId?: string | undefined },
    options?: { cause?: unknown },
  ) {
    const what =
      code === "RESPONSE_NOT_ENCRYPTED"
        ? "was not encrypted although the JWT asked for response MLE"
        : "could not be decrypted with the response MLE key";
    super(
      code,
      `${init.request}: the HTTP ${init.httpStatus} answer ${what}; ` +
        "the operation may have taken effect, so check its state before trying again.",
      options,
    );
    this.httpStatus = init.httpStatus;
    this.correlationId = init.correlationId;
  }
}
