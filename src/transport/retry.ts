import { TransportError } from "../errors.js";
import { exchange, ExchangeFailure, type Exchanged, type ExchangeRequest } from "./exchange.js";
import type { Runtime } from "./runtime.js";
import { sleep } from "../internal/sleep.js";

/** 5xx answers after which a follow-up is tried again. */
const retryable = new Set([502, 503, 504]);

/**
 * Sends a request that is safe to repeat (a capture or a reversal), trying again with exponential
 * backoff and jitter after a network error, a timeout or a 502/503/504, up to the client's
 * `retry.attempts`. Returns the last response with the number of the try that produced it.
 */
export async function withRetry(
  rt: Runtime,
  label: string,
  request: Omit<ExchangeRequest, "attempt">,
): Promise<Exchanged & { readonly attempt: number }> {
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= rt.retry.attempts;
    try {
      const exchanged = await exchange(rt, { ...request, attempt });
      if (last || !retryable.has(exchanged.httpStatus)) return { ...exchanged, attempt };
    } catch (error) {
      if (!(error instanceof ExchangeFailure)) throw error;
      if (error.kind === "aborted") {
        throw new TransportError(label, "aborted by the caller's signal", { cause: error.cause });
      }
      if (error.kind === "redirect" || error.kind === "too-large") {
        throw new TransportError(label, unaccepted(error), { httpStatus: error.httpStatus });
      }
      if (last) {
        const what =
          error.kind === "timeout" ? `no response within ${request.timeoutMs} ms` : "network error";
        throw new TransportError(label, `${what} after ${attempt} tries; it is safe to try again`, {
          cause: error.cause,
        });
      }
    }
    const backoff = rt.retry.baseDelayMs * 2 ** (attempt - 1);
    try {
      await sleep(backoff / 2 + Math.random() * (backoff / 2), request.signal);
    } catch (cause) {
      throw new TransportError(label, "aborted by the caller's signal", { cause });
    }
  }
}

/** What a redirect or an oversized answer means, for a message. */
function unaccepted(failure: ExchangeFailure): string {
  return failure.kind === "redirect"
    ? `HTTP ${failure.httpStatus} redirected the request; redirects are never followed, check the base URL`
    : `the HTTP ${failure.httpStatus} answer was larger than maxResponseBytes and was not read`;
}
