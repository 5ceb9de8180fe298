/** The operations the facade performs, as named in hooks and errors. */
export type OperationName = "authorize" | "capture" | "reverse" | "reverseTimedOut";

/** What {@link JpoHooks.onRequest} receives. The body is redacted: no card number, no CVV. */
export interface RequestEvent {
  readonly operation: OperationName;
  readonly method: string;
  readonly url: string;
  /** 1 for the first try; follow-ups count retries. */
  readonly attempt: number;
  readonly body: unknown;
}

/** What {@link JpoHooks.onResponse} receives. The body is redacted. */
export interface ResponseEvent {
  readonly operation: OperationName;
  readonly method: string;
  readonly url: string;
  readonly attempt: number;
  readonly httpStatus: number;
  readonly correlationId: string | undefined;
  readonly durationMs: number;
  readonly body: unknown;
}

/** What {@link JpoHooks.onError} receives: a failure with no usable response. */
export interface ErrorEvent {
  readonly operation: OperationName;
  readonly method: string;
  readonly url: string;
  readonly attempt: number;
  readonly durationMs: number;
  /** The error the SDK will throw or retry on; it never contains card data or secrets. */
  readonly error: Error;
}

/**
 * Callbacks for logging and metrics. They receive redacted data only and may not change the
 * request. An exception thrown by a hook is ignored, so that logging can never break a payment.
 */
export interface JpoHooks {
  readonly onRequest?: (event: RequestEvent) => void;
  readonly onResponse?: (event: ResponseEvent) => void;
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
