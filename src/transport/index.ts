// Transport: one request serialized, signed and sent once with a deadline and hooks (`exchange`),
// the retries that are safe (follow-ups only), the one factory that turns an error answer into a
// `CybersourceApiError`, and the runtime record a client hands to every operation. This file is
// the folder's one way in. Transport knows no payment rules and signs nothing itself.
export { toApiError } from "./api-error.js";
export {
  exchange,
  ExchangeFailure,
  redactedJson,
  type Exchanged,
  type ExchangeRequest,
} from "./exchange.js";
export { withRetry } from "./retry.js";
export type { ReadAnswer, SignedParts, WireAuth } from "./wire-auth.js";
export {
  baseUrlOption,
  countOption,
  durationOption,
  flagOption,
  functionOption,
  hooksOption,
  isDurationMs,
  MAX_TIMER_MS,
  partnerOption,
  readOption,
} from "./client-config.js";
export type { Runtime } from "./runtime.js";
