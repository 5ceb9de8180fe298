import { redactText } from "./redact.js";

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
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
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
   * `"warning"` for something the SDK cannot check or Cybersource may refuse, which does not stop
   * the request; absent (or `"error"`) for a problem that does.
   */
  readonly severity?: "error" | "warning";
}

/**
 * The request breaks one or more rules; nothing was sent. `issues` lists every problem at once.
 * Code `VALIDATION_FAILED`.
 */
export class JpoValidationError extends CybersourceJpoError {
  /** Every problem found, in field order. */
  readonly issues: readonly ValidationIssue[];

  constructor(operation: string, issues: readonly ValidationIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(
      "VALIDATION_FAILED",
      `${operation} was not sent: ${first ? `${first.path}: ${first.message}` : "invalid request"}${more}`,
    );
    this.issues = issues;
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
    this.httpStatus = init.httpStatus;
    this.status = init.status;
    this.reason = init.reason;
    this.details = init.details ?? [];
    this.correlationId = init.correlationId;
  }
}

/**
 * The request could not be completed: a network failure, a timeout, or an unreadable response,
 * on an operation that is safe to repeat. Code `TRANSPORT_FAILED`; `cause` is the original error.
 */
export class TransportError extends CybersourceJpoError {
  constructor(operation: string, what: string, options?: { cause?: unknown }) {
    super("TRANSPORT_FAILED", `${operation} failed: ${what}.`, options);
  }
}
