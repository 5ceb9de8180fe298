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
      if (last) {
        const what =
          error.kind === "timeout" ? `no response within ${request.timeoutMs} ms` : "network error";
        throw new TransportError(label, `${what} after ${attempt} tries; it is safe to try again`, {
          cause: error.cause,
        });
      }
    }
    const backoff = rt.retry.baseDelayMs * 2 ** (attempt - 1);
    await sleep(backoff / 2 + Math.random() * (backoff / 2), request.signal);
  }
}
