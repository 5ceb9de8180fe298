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
  type TimeoutVoidRequest,
  type VoidOptions,
  type VoidResult,
  voidTimedOut,
  type TmsAuthorizationRequest,
  completeAuthentication,
  type CompleteAuthenticationOptions,
  type PayerAuthenticationSetup,
  type PayerAuthenticationSetupRequest,
  type PendingAuthentication,
  setupPayerAuthentication,
  type SetupPayerAuthenticationOptions,
  type StoredAuthentication,
} from "./payments/index.js";
import { CybersourceJpoError } from "./errors.js";
import type { JpoHooks } from "./hooks.js";
import {
  baseUrlOption,
  countOption,
  durationOption,
  flagOption,
  partnerOption,
  functionOption,
  hooksOption,
  readOption,
  type Runtime,
} from "./transport/index.js";
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
   * shipment: the same as `result.capture()`, from `result.toStoredAuthorization()` as you kept
   * it. The JPO data is restated as Cybersource requires; a stored authorization without it is a
   * validation error. Sent once, never retried: when its outcome is unknown it throws
   * `CaptureOutcomeUnknownError`, whose `void()` undoes it.
   */
  capture(payment: StoredAuthorization, options?: CaptureOptions): Promise<CaptureResult>;
  /**
   * Reverses an authorization stored earlier (`POST /pts/v2/payments/{id}/reversals`): the same
   * as `result.reverse()`, from `result.toStoredAuthorization()` as you kept it.
   */
  reverse(payment: StoredAuthorization, options?: ReverseOptions): Promise<ReversalResult>;
  /**
   * Voids a capture whose outcome is unknown, by the transaction id it was sent with
   * (`POST /pts/v2/voids`, the timeout void): what `CaptureOutcomeUnknownError.void()` sends,
   * from your own records. Wait 60 s after the lost capture first.
   */
  voidTimedOut(request: TimeoutVoidRequest, options?: VoidOptions): Promise<VoidResult>;
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
  /**
   * Starts EMV 3-D Secure (`POST /risk/v1/authentication-setups`) for a card or a transient
   * token: the browser's hidden iframe posts `accessToken` to `deviceDataCollectionUrl`; then
   * `authorize` with `actionList: ["CONSUMER_AUTHENTICATION"]` and the `referenceId`.
   *
   * @example
   * ```ts
   * const setup = await client.setupPayerAuthentication({ tokenInformation: { transientTokenJwt } });
   * ```
   */
  setupPayerAuthentication(
    request: PayerAuthenticationSetupRequest,
    options?: SetupPayerAuthenticationOptions,
  ): Promise<PayerAuthenticationSetup>;
  /**
   * Completes a challenged payment: sends the authorization again with
   * `VALIDATE_CONSUMER_AUTHENTICATION` and resolves as `authorize` does (unknown outcomes and
   * hooks alike).
   *
   * @example
   * ```ts
   * if (result.status === "PENDING_AUTHENTICATION") {
   *   // show result.stepUp in an iframe; when the return URL receives TransactionId:
   *   const final = await client.completeAuthentication(result);
   * }
   * ```
   */
  completeAuthentication(
    pending: PendingAuthentication | StoredAuthentication,
    options?: CompleteAuthenticationOptions,
  ): Promise<AuthorizationResult>;
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
    voidTimedOut: (request: TimeoutVoidRequest, voidOptions?: VoidOptions) =>
      voidTimedOut(rt, request, voidOptions),
    capture: async (payment: StoredAuthorization, captureOptions?: CaptureOptions) =>
      capture(rt, storedRef("capture", payment), captureOptions),
    reverse: async (payment: StoredAuthorization, reverseOptions?: ReverseOptions) =>
      reverse(rt, storedRef("reverse", payment), reverseOptions),
    createCaptureContext: (captureOptions: CaptureContextOptions) =>
      createCaptureContext(rt, captureOptions),
    setupPayerAuthentication: (
      request: PayerAuthenticationSetupRequest,
      setupOptions?: SetupPayerAuthenticationOptions,
    ) => setupPayerAuthentication(rt, request, setupOptions),
    completeAuthentication: (
      pending: PendingAuthentication | StoredAuthentication,
      completeOptions?: CompleteAuthenticationOptions,
    ) => completeAuthentication(rt, pending, completeOptions),
    raw: rt.api,
  });
}

function runtime(given: JpoClientOptions): Runtime {
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
  return {
    api,
    baseUrl,
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
