import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import {
  type AuthorizationResult,
  authorize,
  createCaptureContext,
  type CaptureContextOptions,
  type CaptureContextResult,
  type AuthorizeOptions,
  capture,
  type CaptureOptions,
  type CaptureResult,
  type JpoAuthorizationRequest,
  type ReversalResult,
  reverse,
  type ReverseOptions,
  reverseTimedOut,
  type StoredAuthorization,
  storedRef,
  type TimeoutReversalRequest,
  type TmsAuthorizationRequest,
} from "./payments/index.js";
import { CybersourceJpoError } from "./errors.js";
import type { JpoHooks } from "./hooks.js";
import type { Runtime } from "./transport/index.js";
import type { SigningStrategy } from "./auth/index.js";

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
  /** How long to wait for each response, in ms. Default 60000 (as Cybersource's own SDK). */
  readonly timeoutMs?: number;
  /** Logging and metrics callbacks; they receive redacted data only. */
  readonly hooks?: JpoHooks;
  /** The account uses Cybersource's relaxed requirements for address and expiry. Default false. */
  readonly relaxedRequirements?: boolean;
  /** Tries of a capture or reversal after network errors and 502/503/504. Default 3. */
  readonly retryAttempts?: number;
  /** First backoff between those tries, in ms (doubling, with jitter). Default 500. */
  readonly retryBaseDelayMs?: number;
  /** How long after a lost authorization its timeout reversal waits, in ms. Default 60000. */
  readonly timeoutReversalDelayMs?: number;
  /** Clock. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Makes a transaction id (at most 30 of `[0-9A-Za-z_-]`, unique for 180 days). */
  readonly newTransactionId?: () => string;
  /**
   * Verify every transient token's signature against its capture context before `authorize`
   * sends it; the capture context is then passed per call (`{ captureContext }`). Default false:
   * the token's payload is still read for the Visa and expiry checks.
   */
  readonly verifyTransientTokens?: boolean;
}

/** A Cybersource JPO client. See {@link createJpoClient}. */
export interface JpoClient {
  /**
   * Authorizes a JPO payment: validates (throwing `JpoValidationError` before sending anything),
   * fills defaults, signs and sends. Resolves to a result discriminated by `status`; a decline is a
   * result. Never retried: when the outcome is unknown it throws
   * `AuthorizationOutcomeUnknownError`, whose `reverse()` undoes it.
   */
  authorize(
    request: JpoAuthorizationRequest,
    options?: AuthorizeOptions,
  ): Promise<AuthorizationResult>;
  /** Authorizes with TMS tokens whose customer or payment instrument carries the billing address. */
  authorize(
    request: TmsAuthorizationRequest,
    options?: AuthorizeOptions,
  ): Promise<AuthorizationResult>;
  /**
   * Reverses an authorization whose outcome is unknown, by the transaction id it was sent with
   * (`POST /pts/v2/reversals`). Cybersource asks to wait 60 s after the lost request first.
   */
  reverseTimedOut(
    request: TimeoutReversalRequest,
    options?: ReverseOptions,
  ): Promise<ReversalResult>;
  /**
   * Captures an authorization stored earlier (`POST /pts/v2/payments/{id}/captures`), e.g. at
   * shipment: the same as `result.capture()`, from the id and amount you kept. Retried on network
   * errors and 502/503/504.
   */
  capture(payment: StoredAuthorization, options?: CaptureOptions): Promise<CaptureResult>;
  /**
   * Reverses an authorization stored earlier (`POST /pts/v2/payments/{id}/reversals`): the same
   * as `result.reverse()`, from the id and amount you kept.
   */
  reverse(payment: StoredAuthorization, options?: ReverseOptions): Promise<ReversalResult>;
  /**
   * Creates a Flex Microform v2 capture context (`POST /microform/v2/sessions`) for a checkout
   * page, so that the card is entered in Cybersource's fields and only a transient token reaches
   * your server. `allowedCardNetworks` defaults to `["VISA"]` (JPO is Visa only).
   *
   * @example
   * ```ts
   * const { captureContext } = await client.createCaptureContext({
   *   targetOrigins: ["https://shop.example.jp"],
   * });
   * ```
   */
  createCaptureContext(options: CaptureContextOptions): Promise<CaptureContextResult>;
  /** The typed openapi-fetch client, signed by `auth`, for anything the facade does not cover. */
  readonly raw: Client<paths>;
}

/**
 * Creates a client for Cybersource's JPO payments.
 *
 * @example
 * ```ts
 * const client = createJpoClient({
 *   environment: "test",
 *   auth: jwtAuth({ merchantId, keyId, sharedSecret }),
 * });
 * const result = await client.authorize(request);
 * if (result.status === "AUTHORIZED") await result.capture();
 * ```
 */
export function createJpoClient(options: JpoClientOptions): JpoClient {
  const rt = runtime(options);
  return Object.freeze({
    authorize: (
      request: JpoAuthorizationRequest | TmsAuthorizationRequest,
      authorizeOptions?: AuthorizeOptions,
    ) => authorize(rt, request, authorizeOptions),
    reverseTimedOut: (request: TimeoutReversalRequest, reverseOptions?: ReverseOptions) =>
      reverseTimedOut(rt, request, reverseOptions),
    capture: async (payment: StoredAuthorization, captureOptions?: CaptureOptions) =>
      capture(rt, storedRef("capture", payment), captureOptions),
    reverse: async (payment: StoredAuthorization, reverseOptions?: ReverseOptions) =>
      reverse(rt, storedRef("reverse", payment), reverseOptions),
    createCaptureContext: (captureOptions: CaptureContextOptions) =>
      createCaptureContext(rt, captureOptions),
    raw: rt.api,
  });
}

function runtime(options: JpoClientOptions): Runtime {
  const invalid = (field: string, rule: string) =>
    new CybersourceJpoError("CLIENT_CONFIG_INVALID", `createJpoClient: ${field} ${rule}.`);
  if (typeof options?.auth?.sign !== "function")
    throw invalid("auth", "must be jwtAuth(...) or httpSignatureAuth(...)");
  const baseUrl = baseUrlOf(options.environment);
  if (baseUrl === undefined)
    throw invalid("environment", 'must be "test", "production" or an http(s) URL');
  const positive = (value: number | undefined, field: string, fallback: number) => {
    if (value === undefined) return fallback;
    if (!Number.isFinite(value) || value < 0)
      throw invalid(field, "must be a number of ms, 0 or more");
    return value;
  };
  const userFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const api = createClient<paths>({
    baseUrl,
    fetch: userFetch,
    headers: { accept: "application/hal+json" },
  });
  api.use(options.auth);
  return {
    api,
    baseUrl,
    fetch: userFetch,
    hooks: options.hooks ?? {},
    now: options.now ?? (() => new Date()),
    timeoutMs: positive(options.timeoutMs, "timeoutMs", 60_000),
    retry: {
      attempts: Math.max(1, Math.floor(positive(options.retryAttempts, "retryAttempts", 3))),
      baseDelayMs: positive(options.retryBaseDelayMs, "retryBaseDelayMs", 500),
    },
    timeoutReversalDelayMs: positive(
      options.timeoutReversalDelayMs,
      "timeoutReversalDelayMs",
      60_000,
    ),
    newTransactionId: options.newTransactionId ?? defaultTransactionId,
    relaxedRequirements: options.relaxedRequirements === true,
    verifyTransientTokens: options.verifyTransientTokens === true,
  };
}

function baseUrlOf(environment: string | undefined): string | undefined {
  if (environment === "test" || environment === "production") return environments[environment];
  if (typeof environment !== "string" || !/^https?:\/\/[^/]+/u.test(environment)) return undefined;
  return environment.replace(/\/+$/u, "");
}

/** `jpo-` and 26 hex digits of a random UUID: 30 characters, about 100 random bits. */
function defaultTransactionId(): string {
  return `jpo-${crypto.randomUUID().replace(/-/gu, "").slice(0, 26)}`;
}
