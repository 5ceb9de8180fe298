// The client's options: what createJpoClient takes, read once and checked into the Runtime
// every operation uses.
import createClient from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { type SigningStrategy, wireAuthFor } from "./auth/index.js";
import { CybersourceJpoError } from "./errors.js";
import type { JpoHooks } from "./hooks.js";
import {
  baseUrlOption,
  countOption,
  durationOption,
  flagOption,
  functionOption,
  hooksOption,
  partnerOption,
  readOption,
  type Runtime,
} from "./transport/index.js";

/** Cybersource's hosts. */
export const environments = {
  /** The sandbox (test) host. */
  test: "https://apitest.cybersource.com",
  /** The production host. */
  production: "https://api.cybersource.com",
} as const;

/** Options of {@link createJpoClient}. */
export interface JpoClientOptions {
  /** `"test"` (apitest.cybersource.com), `"production"` (api.cybersource.com), or a base URL. */
  readonly environment: keyof typeof environments | (string & {});
  /** How requests are authenticated: `jwtAuth(...)` or `httpSignatureAuth(...)`. */
  readonly auth: SigningStrategy;
  /** The fetch to use. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /**
   * Allow a plain `http://` base URL for a host that is not loopback (127.0.0.1, localhost,
   * [::1] are always allowed). Default false: only `https://`.
   */
  readonly allowInsecureHttp?: boolean;
  /**
   * How long to wait for each response, in ms: a whole number from 1 to 2^31-1. Default 60000
   * (as Cybersource's own SDK).
   */
  readonly timeoutMs?: number;
  /**
   * The largest response body read, in bytes. A larger answer is not buffered further: for an
   * authorization or a capture it is an unknown outcome. Default 1048576 (1 MiB).
   */
  readonly maxResponseBytes?: number;
  /** Logging and metrics callbacks; they receive redacted data only. */
  readonly hooks?: JpoHooks;
  /** The account uses Cybersource's relaxed requirements for address and expiry. Default false. */
  readonly relaxedRequirements?: boolean;
  /**
   * Tries of a reversal or void after network errors and 502/503/504, 1-100. Default 3.
   * Authorizations and captures are never retried.
   */
  readonly retryAttempts?: number;
  /** First backoff between those tries, in ms (doubling, with jitter). Default 500. */
  readonly retryBaseDelayMs?: number;
  /**
   * How long after a lost authorization (or capture) its timeout reversal (or void) waits, in
   * ms, 0 to 2^31-1. Default 60000.
   */
  readonly timeoutReversalDelayMs?: number;
  /** Clock. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Makes a transaction id (1-30 characters, unique for 180 days). */
  readonly newTransactionId?: () => string;
  /**
   * Identifies a partner solution: added as `clientReferenceInformation.partner` to every request
   * the client sends, where the request has no value of its own. Cybersource: "Send this value in
   * all requests that are sent through the partner solution." At most 8 characters each.
   */
  readonly partner?: PartnerOptions;
  /**
   * Verify every transient token's signature against its capture context before `authorize`
   * sends it; the capture context is then passed per call (`{ captureContext }`). Default false:
   * the token's payload is still read for the Visa and expiry checks.
   */
  readonly verifyTransientTokens?: boolean;
}

/** Cybersource's partner ids, sent as `clientReferenceInformation.partner`. */
export interface PartnerOptions {
  /** The developer id Cybersource gave you, at most 8 characters. */
  readonly developerId?: string;
  /** The partner solution's id, at most 8 characters. */
  readonly solutionId?: string;
}

/** The options, checked, as the Runtime every operation uses. */
export function runtime(given: JpoClientOptions): Runtime {
  if (typeof given !== "object" || given === null) {
    throw new CybersourceJpoError(
      "CLIENT_CONFIG_INVALID",
      "createJpoClient: options must be an object.",
    );
  }
  // Each option is read once, checked, and kept: later changes to `given` change nothing.
  const read = (name: keyof JpoClientOptions) => readOption(given, name);
  const auth = read("auth") as SigningStrategy | undefined;
  if (typeof auth?.sign !== "function") {
    throw new CybersourceJpoError(
      "CLIENT_CONFIG_INVALID",
      "createJpoClient: auth must be jwtAuth(...) or httpSignatureAuth(...).",
    );
  }
  const allowInsecureHttp = flagOption(read("allowInsecureHttp"), "allowInsecureHttp");
  const baseUrl = baseUrlOption(read("environment"), allowInsecureHttp, environments);
  const given_fetch = functionOption<typeof fetch | undefined>(read("fetch"), "fetch", undefined);
  const userFetch: typeof fetch = given_fetch ?? ((input, init) => globalThis.fetch(input, init));
  const api = createClient<paths>({
    baseUrl,
    fetch: userFetch,
    headers: { accept: "application/hal+json" },
  });
  api.use(auth);
  const { host, origin, pathname } = new URL(baseUrl);
  return {
    api,
    baseUrl,
    host,
    basePath: pathname === "/" ? "" : pathname,
    auth: wireAuthFor(auth, origin),
    fetch: userFetch,
    hooks: hooksOption(read("hooks")),
    now: functionOption(read("now"), "now", () => new Date()),
    timeoutMs: durationOption(read("timeoutMs"), "timeoutMs", 60_000, 1),
    retry: {
      attempts: countOption(read("retryAttempts"), "retryAttempts", 3, [1, 100]),
      baseDelayMs: durationOption(read("retryBaseDelayMs"), "retryBaseDelayMs", 500),
    },
    timeoutReversalDelayMs: durationOption(
      read("timeoutReversalDelayMs"),
      "timeoutReversalDelayMs",
      60_000,
    ),
    maxResponseBytes: countOption(read("maxResponseBytes"), "maxResponseBytes", 1_048_576, [
      1,
      2 ** 31 - 1,
    ]),
    newTransactionId: functionOption(
      read("newTransactionId"),
      "newTransactionId",
      defaultTransactionId,
    ),
    relaxedRequirements: flagOption(read("relaxedRequirements"), "relaxedRequirements"),
    partner: partnerOption(read("partner")),
    verifyTransientTokens: flagOption(read("verifyTransientTokens"), "verifyTransientTokens"),
  };
}

/** `jpo-` and 26 hex digits of a random UUID: 30 characters, about 100 random bits. */
function defaultTransactionId(): string {
  return `jpo-${crypto.randomUUID().replace(/-/gu, "").slice(0, 26)}`;
}
