import type { ValidationIssue } from "../errors.js";
import { callHook, type JpoHooks, type OperationName } from "../hooks.js";
import { isPlainJson, redact } from "../redact.js";
import { ResponseEncryptionError } from "../errors.js";
import { boundedFetch, Unaccepted } from "./bounded-fetch.js";
import { Deadline } from "./deadline.js";
import type { ReadAnswer, WireAuth } from "./wire-auth.js";

/** What one HTTP exchange produced: a response that was read whole. */
export interface Exchanged {
  readonly httpStatus: number;
  readonly correlationId: string | undefined;
  /** The parsed JSON body; `undefined` when the body is empty or not JSON. */
  readonly json: unknown;
  /** Whether the body was present but not JSON. */
  readonly unreadable: boolean;
  /** The body as received when it is not JSON (e.g. a capture context, which is a JWT). */
  readonly text?: string;
  /** Whether nothing in the body could be masked, so that `json` is its own redacted copy. */
  readonly plain?: boolean;
}

/** The answer's JSON as it may be shown: masked (see `redact`), copied only when needed. */
export function redactedJson(answer: Exchanged): unknown {
  return answer.plain === true ? answer.json : redact(answer.json);
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

/** What stays the same across the exchanges of one client. */
export interface ExchangeContext {
  readonly baseUrl: string;
  /** The base URL's host (with a non-default port) and path prefix, as signed. */
  readonly host: string;
  readonly basePath: string;
  readonly fetch: typeof fetch;
  /** Signs each request's serialized body, and reads answers (response MLE). */
  readonly auth: WireAuth;
  readonly hooks: JpoHooks;
  readonly now: () => Date;
  /** The largest response body read, in bytes; a larger one is not buffered further. */
  readonly maxResponseBytes: number;
}

/** One exchange's own parameters. */
export interface ExchangeRequest {
  readonly operation: OperationName;
  /** The HTTP method; default `POST`. A `GET` sends no body. */
  readonly method?: "GET" | "POST";
  /** The operation's path (already URL-safe, with its query), after the base URL. */
  readonly path: string;
  /** The body, serialized once: the same string is signed and sent. */
  readonly body: unknown;
  readonly attempt: number;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** The validator's warnings for the request, shown to `onRequest`. */
  readonly warnings?: readonly ValidationIssue[];
}

const HEADERS = { accept: "application/hal+json", "content-type": "application/json" };

/**
 * Serializes the body once, signs that string, sends it with a timeout, reads the whole response,
 * and reports to the hooks. Throws {@link ExchangeFailure} when there is no response (after the
 * timeout, on an abort or a network error), and rethrows errors raised before the request was
 * sent (signing).
 */
export async function exchange(cx: ExchangeContext, request: ExchangeRequest): Promise<Exchanged> {
  const url = cx.baseUrl + request.path;
  const method = request.method ?? "POST";
  const event = { operation: request.operation, method, url, attempt: request.attempt };
  const started = cx.now().getTime();
  const warnings = request.warnings ?? [];
  callHook(cx.hooks, "onRequest", () => ({ ...event, body: redact(request.body), warnings }));
  const path = cx.basePath + request.path;
  const payload = method === "GET" ? undefined : JSON.stringify(request.body);
  const signed = await cx.auth.sign(method, cx.host, path, payload);
  const headers = {
    ...(method === "GET" ? { accept: HEADERS.accept } : HEADERS),
    ...signed.headers,
  };
  const deadline = new Deadline(request.signal, request.timeoutMs);
  try {
    const body = method === "GET" ? null : (signed.body ?? null);
    const init = { method, headers, body, signal: deadline.signal };
    const answer = await boundedFetch(cx.fetch, url, init, cx.maxResponseBytes, deadline.expired);
    const text =
      cx.auth.read === undefined ? answer.text : await cx.auth.read(method, path, answer);
    const exchanged = read(answer, text);
    callHook(cx.hooks, "onResponse", () => ({
      ...event,
      httpStatus: exchanged.httpStatus,
      correlationId: exchanged.correlationId,
      durationMs: cx.now().getTime() - started,
      // A copy, always: a hook must not be able to change the answer the result is read from.
      body: redact(exchanged.json),
    }));
    return exchanged;
  } catch (cause) {
    // Answered but unreadable under response MLE: not a lost connection.
    if (cause instanceof ResponseEncryptionError) throw cause;
    const failure = failureOf(cause, deadline.timedOut, request.signal?.aborted === true);
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

function read(answer: ReadAnswer, text: string): Exchanged {
  const { httpStatus, correlationId } = answer;
  if (text === "") return { httpStatus, correlationId, json: undefined, unreadable: false };
  try {
    const json: unknown = JSON.parse(text);
    return { httpStatus, correlationId, json, unreadable: false, plain: isPlainJson(text) };
  } catch {
    return { httpStatus, correlationId, json: undefined, unreadable: true, text };
  }
}
