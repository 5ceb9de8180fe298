/** The operations the facade performs, as named in hooks and errors. */
export type OperationName =
  "authorize" | "capture" | "reverse" | "reverseTimedOut" | "createCaptureContext";

/** What {@link JpoHooks.onRequest} receives. The body is redacted: no card number, no CVV. */
export interface RequestEvent {
  /** Which facade operation sent it. */
  readonly operation: OperationName;
  /** The HTTP method, e.g. `POST`. */
  readonly method: string;
  /** The full request URL. */
  readonly url: string;
  /** 1 for the first try; follow-ups count retries. */
  readonly attempt: number;
  /** The JSON request body, redacted. */
  readonly body: unknown;
}

/** What {@link JpoHooks.onResponse} receives. The body is redacted. */
export interface ResponseEvent {
  /** Which facade operation sent the request. */
  readonly operation: OperationName;
  /** The HTTP method, e.g. `POST`. */
  readonly method: string;
  /** The full request URL. */
  readonly url: string;
  /** 1 for the first try; follow-ups count retries. */
  readonly attempt: number;
  /** The HTTP status, e.g. `201`. */
  readonly httpStatus: number;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** From sending the request to reading the whole response, in ms. */
  readonly durationMs: number;
  /** The parsed response body, redacted (`undefined` when it is not JSON). */
  readonly body: unknown;
}

/** What {@link JpoHooks.onError} receives: a failure with no usable response. */
export interface ErrorEvent {
  /** Which facade operation sent the request. */
  readonly operation: OperationName;
  /** The HTTP method, e.g. `POST`. */
  readonly method: string;
  /** The full request URL. */
  readonly url: string;
  /** 1 for the first try; follow-ups count retries. */
  readonly attempt: number;
  /** From sending the request to the failure, in ms. */
  readonly durationMs: number;
  /** The error the SDK will throw or retry on; it never contains card data or secrets. */
  readonly error: Error;
}

/**
 * Callbacks for logging and metrics. They receive redacted data only and may not change the
 * request. An exception thrown by a hook is ignored, so that logging can never break a payment.
 */
export interface JpoHooks {
  /** Called before each request is sent, retries included. */
  readonly onRequest?: (event: RequestEvent) => void;
  /** Called for each response, whatever its status. */
  readonly onResponse?: (event: ResponseEvent) => void;
  /** Called when a try ends with no usable response: network failure, timeout, abort. */
  readonly onError?: (event: ErrorEvent) => void;
}

/** Calls a hook, ignoring what it throws. */
export function callHook<E>(hook: ((event: E) => void) | undefined, event: E): void {
  try {
    hook?.(event);
  } catch {
    // A logging hook must not break a payment.
  }
}
