import { TransportError } from "../errors.js";
import { sleep } from "../internal/sleep.js";

/**
 * Waits until `delayMs` after `sentAt` (Cybersource's waiting rule before a timeout reversal or
 * void); an abort of `signal` ends the wait with a `TransportError`, nothing having been sent.
 */
export async function waitAfter(
  label: string,
  sentAt: Date,
  delayMs: number,
  now: () => Date,
  signal: AbortSignal | undefined,
): Promise<void> {
  try {
    await sleep(sentAt.getTime() + delayMs - now().getTime(), signal);
  } catch (cause) {
    throw new TransportError(label, "aborted by the caller's signal before anything was sent", {
      cause,
    });
  }
}
