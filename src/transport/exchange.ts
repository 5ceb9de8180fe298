import type { ValidationIssue } from "../errors.js";
import { callHook, type JpoHooks, type OperationName } from "../hooks.js";
import { redact } from "../redact.js";
import { ResponseEncryptionError } from "../errors.js";
import { boundedFetch, Unaccepted } from "./bounded-fetch.js";

/** What one HTTP exchange produced: a response that was read whole. */
export interface Exchanged {
  readonly httpStatus: number;
  readonly correlationId: string | undefined;
  /** The parsed JSON body; `undefined` when the body is empty or not JSON. */
  readonly json: unknown;
  /** Whether the body was present but not JSON. */
  readonly unreadable: boolean;
}

/** Why an exchange that may have reached the server produced no response. */
export class ExchangeFailure extends Error {
  constructor(
    readonly kind: "timeout" | "aborted" | "network" | "redirect" | "too-large",
    options: { cause?: unknown; httpStatus?: number },
  ) {
    super(kind, { cause: options.cause });
    this.httpStatus = options.httpStatus;
  }

  /** The HTTP status of a redirect or of a response too large to read. */
  readonly httpStatus: number | undefined;
}

/** The openapi-fetch call to make, given the fetch and signal to use for it. */
export type Call = (init: {
  fetch: typeof fetch;
  signal: AbortSignal;
}) => Promise<{ response: Response; data?: unknown; error?: unknown }>;

/** What stays the same across the exchanges of one client. */
export interface ExchangeContext {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly hooks: JpoHooks;
  readonly now: () => Date;
  /** The largest response body read, in bytes; a larger one is not buffered further. */
  readonly maxResponseBytes: number;
}

/** One exchange's own parameters. */
export interface ExchangeRequest {
  readonly operation: OperationName;
  /** The HTTP method, for the hooks; default `POST`. */
  readonly method?: "GET" | "POST";
  readonly path: string;
  readonly body: unknown;
  readonly attempt: number;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly call: Call;
  /** The validator's warnings for the request, shown to `onRequest`. */
  readonly warnings?: readonly ValidationIssue[];
}

/**
 * Sends one request through openapi-fetch with a timeout, reads the whole response, and reports
 * to the hooks. Throws {@link ExchangeFailure} when there is no response (after the timeout, on an
 * abort or a network error), and rethrows errors raised before the request was sent (signing).
 */
export async function exchange(cx: ExchangeContext, request: ExchangeRequest): Promise<Exchanged> {
  const event = {
    operation: request.operation,
    method: request.method ?? "POST",
    url: cx.baseUrl + request.path,
    attempt: request.attempt,
  };
  const started = cx.now().getTime();
  const deadline = withTimeout(request.signal, request.timeoutMs);
  let sent = false;
  // The signal goes to fetch itself: the signer rebuilds the Request, and Node's fetch keeps the
  // abort link of a rebuilt Request only weakly (nodejs/undici#4068), so after a garbage
  // collection the Request's own signal may no longer abort it.
  const bounded = boundedFetch(cx.fetch, deadline.signal, cx.maxResponseBytes);
  const sending: typeof fetch = (input, init) => {
    sent = true;
    return bounded(input, init);
  };
  const warnings = request.warnings ?? [];
  callHook(cx.hooks, "onRequest", () => ({ ...event, body: redact(request.body), warnings }));
  try {
    const { response, data, error } = await request.call({
      fetch: sending,
      signal: deadline.signal,
    });
    const text = typeof data === "string" ? data : error;
    const exchanged = read(response, text);
    callHook(cx.hooks, "onResponse", () => ({
      ...event,
      httpStatus: exchanged.httpStatus,
      correlationId: exchanged.correlationId,
      durationMs: cx.now().getTime() - started,
      body: redact(exchanged.json),
    }));
    return exchanged;
  } catch (cause) {
    // Not sent, or answered but unreadable under response MLE: not a lost connection.
    if (!sent || cause instanceof ResponseEncryptionError) throw cause;
    const failure = failureOf(cause, deadline.timedOut(), request.signal?.aborted === true);
    callHook(cx.hooks, "onError", () => ({
      ...event,
      durationMs: cx.now().getTime() - started,
      error: failure,
    }));
    throw failure;
  } finally {
    deadline.clear();
  }
}

function failureOf(cause: unknown, timedOut: boolean, aborted: boolean): ExchangeFailure {
  if (cause instanceof Unaccepted) {
    return new ExchangeFailure(cause.kind, { httpStatus: cause.httpStatus });
  }
  return new ExchangeFailure(timedOut ? "timeout" : aborted ? "aborted" : "network", { cause });
}

function read(response: Response, body: unknown): Exchanged {
  const correlationId = response.headers.get("v-c-correlation-id") ?? undefined;
  let json: unknown = body;
  let unreadable = false;
  if (typeof body === "string") {
    try {
      json = body === "" ? undefined : JSON.parse(body);
    } catch {
      json = undefined;
      unreadable = true;
    }
  }
  return { httpStatus: response.status, correlationId, json, unreadable };
}

/** A signal that aborts when `signal` does or after `ms`; `clear()` releases the timer. */
function withTimeout(signal: AbortSignal | undefined, ms: number) {
  const controller = new AbortController();
  let timedOut = false;
  const abort = () => controller.abort(signal?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no response within ${ms} ms`, "TimeoutError"));
  }, ms);
  if (signal?.aborted) abort();
  else signal?.addEventListener("abort", abort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear: () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
    },
  };
}
