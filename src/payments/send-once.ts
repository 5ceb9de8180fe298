import { ResponseEncryptionError, TransportError } from "../errors.js";
import {
  exchange,
  ExchangeFailure,
  type Exchanged,
  type Runtime,
  toApiError,
} from "../transport/index.js";
import type { CybersourceJpoError } from "../errors.js";
import type { TimeoutVoid } from "./voidable-outcome-error.js";
import { checkFollowUp, label, type FollowUp } from "./follow-up.js";
import { voidTimedOut } from "./timeout-void.js";
import type { OutcomeDetails } from "./voidable-outcome-error.js";

/** What a capture or refund sent once needs beyond its request: what its timeout void names. */
export interface Once {
  readonly transactionId: string;
  /** The id of the transaction followed up (the authorization captured, the capture refunded). */
  readonly paymentId: string;
  readonly amount: string;
  readonly signal: AbortSignal | undefined;
  /** The error an unknown outcome throws: `CaptureOutcomeUnknownError` or `RefundOutcomeUnknownError`. */
  readonly lost: (
    what: string,
    timeoutVoid: TimeoutVoid,
    details: OutcomeDetails,
  ) => CybersourceJpoError;
}

/**
 * Checks a capture or refund against its spec rule and sends it exactly once. A definite answer
 * (2xx with a body, 4xx) is returned or thrown as an API error; anything after which it may
 * exist (no answer, a redirect, a 5xx, an unreadable or oversized body) throws `once.lost(...)`
 * (`CaptureOutcomeUnknownError`, `RefundOutcomeUnknownError`), whose `void()` sends the timeout void.
 */
export async function sendOnce(rt: Runtime, followUp: FollowUp, once: Once): Promise<Exchanged> {
  const named = label(followUp);
  const warnings = checkFollowUp(followUp);
  if (once.signal?.aborted) {
    throw new TransportError(named, "aborted by the caller's signal before anything was sent", {
      cause: once.signal.reason,
    });
  }
  const sentAt = rt.now();
  const unknown = (what: string, details: OutcomeDetails) =>
    once.lost(
      what,
      {
        transactionId: once.transactionId,
        paymentId: once.paymentId,
        amount: once.amount,
        sentAt,
        delayMs: rt.timeoutReversalDelayMs,
        now: rt.now,
        send: (options) => voidTimedOut(rt, { transactionId: once.transactionId }, options),
      },
      details,
    );
  let answer: Exchanged;
  try {
    const { operation, path, body } = followUp;
    answer = await exchange(rt, {
      operation,
      path,
      body,
      attempt: 1,
      timeoutMs: rt.timeoutMs,
      signal: once.signal,
      warnings,
    });
  } catch (error) {
    const { what, details } = lostAnswer(error, rt.timeoutMs);
    throw unknown(what, details);
  }
  const { httpStatus, correlationId } = answer;
  if (httpStatus >= 500) {
    const cause = toApiError(named, answer);
    throw unknown(`Cybersource answered HTTP ${httpStatus}`, { httpStatus, correlationId, cause });
  }
  if (httpStatus < 200 || httpStatus > 299) throw toApiError(named, answer);
  if (typeof answer.json !== "object" || answer.json === null || Array.isArray(answer.json)) {
    throw unknown(`the HTTP ${httpStatus} response could not be read`, {
      httpStatus,
      correlationId,
    });
  }
  return answer;
}

/**
 * What an exchange that may have been sent left instead of a usable answer, for its
 * unknown-outcome error: an answer unreadable under response MLE (it may exist, as after a
 * timeout), or no answer at all. Any other error is thrown again as it is.
 */
export function lostAnswer(
  error: unknown,
  timeoutMs: number,
): { readonly what: string; readonly details: OutcomeDetails } {
  if (error instanceof ResponseEncryptionError) {
    const { httpStatus, correlationId } = error;
    const what = `the HTTP ${httpStatus} response could not be read (${error.code})`;
    return { what, details: { httpStatus, correlationId, cause: error } };
  }
  if (!(error instanceof ExchangeFailure)) throw error;
  const details = { cause: error.cause, httpStatus: error.httpStatus };
  return { what: describe(error, timeoutMs), details };
}

/** Why an exchange that may have been sent left no usable answer, in words for its error. */
function describe(failure: ExchangeFailure, timeoutMs: number): string {
  return {
    timeout: `no response within ${timeoutMs} ms`,
    aborted: "the request was aborted after it was sent",
    network: "the connection failed",
    redirect: `HTTP ${failure.httpStatus} redirected it (redirects are never followed)`,
    "too-large": `the HTTP ${failure.httpStatus} answer was larger than maxResponseBytes`,
  }[failure.kind];
}
