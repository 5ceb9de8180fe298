import type { ValidationIssue } from "./errors.js";

/** The operations the facade performs, as named in hooks and errors. */
export type OperationName =
  | "authorize"
  | "capture"
  | "reverse"
  | "reverseTimedOut"
  | "voidTimedOut"
  | "createCaptureContext"
  | "refund"
  | "void"
  | "getTransaction"
  | "searchTransactions"
  | "setupPayerAuthentication"
  | "completeAuthentication"
  | "checkPayerAuthEnrollment"
  | "validateAuthenticationResults";

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
  /**
   * The validator's warnings for this request (`severity: "warning"`): what Cybersource's sources
   * disagree on, fields one of them requires that are missing, and `additionalFields` sent
   * unchecked. Empty when there are none.
   */
  readonly warnings: readonly ValidationIssue[];
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

/** The name of a hook, as {@link JpoHooks.onHookError} reports it. */
export type HookName = "onRequest" | "onResponse" | "onError";

/**
 * Callbacks for logging and metrics. They receive redacted data only and cannot change or delay
 * a payment: each is called without being awaited, and whatever it throws or rejects with is
 * caught and passed to `onHookError` (or ignored), so logging can never break a payment.
 */
export interface JpoHooks {
  /** Called before each request is sent, retries included. */
  readonly onRequest?: (event: RequestEvent) => unknown;
  /** Called for each response, whatever its status. */
  readonly onResponse?: (event: ResponseEvent) => unknown;
  /** Called when a try ends with no usable response: network failure, timeout, abort. */
  readonly onError?: (event: ErrorEvent) => unknown;
  /**
   * Called with what a hook threw, or what the promise it returned rejected with. Its own
   * failures are ignored. Default: hook failures are ignored.
   */
  readonly onHookError?: (error: unknown, hook: HookName) => unknown;
}

/**
 * Calls `hooks[name]` with the event `make()` builds, if there is such a hook. Nothing it does
 * reaches the caller: a throw (also from `make`) or a rejected promise goes to `onHookError`,
 * and a returned promise is never awaited.
 */
export function callHook<E>(hooks: JpoHooks, name: HookName, make: () => E): void {
  const hook = hooks[name] as ((event: E) => unknown) | undefined;
  if (hook === undefined) return;
  guarded(
    () => hook(make()),
    (error) => reportHookError(hooks, name, error),
  );
}

function reportHookError(hooks: JpoHooks, name: HookName, error: unknown): void {
  const report = hooks.onHookError;
  if (report !== undefined)
    guarded(
      () => report(error, name),
      () => {},
    );
}

/** Runs `run`; a throw, or a rejection of the thenable it returns, goes to `failed`. */
function guarded(run: () => unknown, failed: (error: unknown) => void): void {
  try {
    const result = run();
    if ((typeof result === "object" || typeof result === "function") && result !== null) {
      const then = (result as { then?: unknown }).then;
      if (typeof then === "function") {
        then.call(result, undefined, (error: unknown) => {
          try {
            failed(error);
          } catch {
            // onHookError's own failure is ignored.
          }
        });
      }
    }
  } catch (error) {
    try {
      failed(error);
    } catch {
      // onHookError's own failure is ignored.
    }
  }
}
