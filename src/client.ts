import type { Client } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import {
  type AuthorizationResult,
  authorize,
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
  refund,
  type RefundOptions,
  type RefundResult,
  type StoredCapture,
  storedCaptureRef,
  type TransactionVoidResult,
  type VoidByIdOptions,
  voidById,
  type VoidTarget,
  getTransaction,
  type GetTransactionOptions,
  searchTransactions,
  type SearchOptions,
  type TransactionLookup,
  type TransactionSearch,
  type TransactionSearchPage,
  createCaptureContext,
  type CaptureContextOptions,
  type CaptureContextResult,
  type TmsAuthorizationRequest,
  completeAuthentication,
  type CompleteAuthenticationOptions,
  type PayerAuthenticationSetup,
  type PayerAuthenticationSetupRequest,
  type PendingAuthentication,
  setupPayerAuthentication,
  type SetupPayerAuthenticationOptions,
  type StoredAuthentication,
  type AuthenticationValidationRequest,
  type AuthenticationValidationResult,
  checkPayerAuthEnrollment,
  type PayerAuthEnrollmentRequest,
  type PayerAuthenticationOptions,
  type PayerAuthenticationResult,
  validateAuthenticationResults,
} from "./payments/index.js";
import { type JpoClientOptions, runtime } from "./client-options.js";

export { environments, type JpoClientOptions, type PartnerOptions } from "./client-options.js";

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
  /**
   * Authorizes with TMS tokens (a customer or payment-instrument token), where `billTo` may come
   * from the token; otherwise as above.
   */
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
   * Refunds a capture stored earlier (`POST /pts/v2/captures/{id}/refunds`, or
   * `/pts/v2/payments/{id}/refunds` for a sale): the same as `capture.refund()`, from
   * `capture.toStoredCapture()`. By default in full. Sent once, never retried: when its outcome
   * is unknown it throws `RefundOutcomeUnknownError`, whose `void()` undoes it.
   */
  refund(capture: StoredCapture, options?: RefundOptions): Promise<RefundResult>;
  /**
   * Voids a capture, refund or credit by id before it settles
   * (`POST /pts/v2/{captures|refunds|credits}/{id}/voids`); after settlement Cybersource
   * answers `NOT_VOIDABLE`: refund instead.
   */
  void(target: VoidTarget, options?: VoidByIdOptions): Promise<TransactionVoidResult>;
  /**
   * Looks a transaction up (`GET /tss/v2/transactions/{id}`): status, amounts, sales slip, JPO
   * data as reported, application history, card masked. Not real-time: a 404 means "not yet";
   * it retries within `waitMs` (default 0), then resolves to `{ found: false }`.
   */
  getTransaction(id: string, options?: GetTransactionOptions): Promise<TransactionLookup>;
  /**
   * Searches transactions (`POST /tss/v2/searches`) with a query from `transactionQuery`;
   * resolves to a page whose `next()` fetches the following one.
   */
  searchTransactions(
    search: TransactionSearch,
    options?: SearchOptions,
  ): Promise<TransactionSearchPage>;
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
  /**
   * Authenticates the cardholder before authorizing (`POST /risk/v1/authentications`,
   * Cybersource's `checkPayerAuthEnrollment`), for merchants who authenticate first. Call it
   * after the setup's device data collection. Resolves by `status`: `AUTHENTICATED` (or
   * `NOT_AUTHENTICATED`, no liability shift) with a `passThrough` for `authorize`,
   * `PENDING_AUTHENTICATION` with the challenge's `stepUp` (then `validateAuthenticationResults`),
   * or `AUTHENTICATION_FAILED`. Nothing is authorized: a timeout is a `TransportError`, with
   * nothing to reverse.
   *
   * @example
   * ```ts
   * const enrollment = await client.checkPayerAuthEnrollment({
   *   orderInformation: { amountDetails: { totalAmount: "120000", currency: "JPY" }, billTo },
   *   tokenInformation: { transientTokenJwt },
   *   consumerAuthenticationInformation: { referenceId, returnUrl, deviceChannel: "Browser" },
   * });
   * if (enrollment.status === "AUTHENTICATED") {
   *   await client.authorize({
   *     ...request,
   *     processingInformation: {
   *       ...request.processingInformation,
   *       ...enrollment.passThrough.processingInformation,
   *     },
   *     consumerAuthenticationInformation: enrollment.passThrough.consumerAuthenticationInformation,
   *   });
   * }
   * ```
   */
  checkPayerAuthEnrollment(
    request: PayerAuthEnrollmentRequest,
    options?: PayerAuthenticationOptions,
  ): Promise<PayerAuthenticationResult>;
  /**
   * Validates a completed challenge (`POST /risk/v1/authentication-results`, Cybersource's
   * `validateAuthenticationResults`): the `authenticationTransactionId` of a
   * `PENDING_AUTHENTICATION` enrollment check, with the same order and card. Resolves to
   * `AUTHENTICATED` / `NOT_AUTHENTICATED` with a `passThrough`, or `AUTHENTICATION_FAILED`.
   *
   * @example
   * ```ts
   * const validated = await client.validateAuthenticationResults({
   *   authenticationTransactionId: enrollment.stepUp.authenticationTransactionId,
   *   orderInformation: { amountDetails: { totalAmount: "120000", currency: "JPY" } },
   *   tokenInformation: { transientTokenJwt },
   * });
   * ```
   */
  validateAuthenticationResults(
    request: AuthenticationValidationRequest,
    options?: PayerAuthenticationOptions,
  ): Promise<AuthenticationValidationResult>;
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
    refund: async (capture: StoredCapture, refundOptions?: RefundOptions) =>
      refund(rt, storedCaptureRef("refund", capture), refundOptions),
    void: (target: VoidTarget, voidOptions?: VoidByIdOptions) => voidById(rt, target, voidOptions),
    getTransaction: (id: string, lookupOptions?: GetTransactionOptions) =>
      getTransaction(rt, id, lookupOptions),
    searchTransactions: (search: TransactionSearch, searchOptions?: SearchOptions) =>
      searchTransactions(rt, search, searchOptions),
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
    checkPayerAuthEnrollment: (
      request: PayerAuthEnrollmentRequest,
      enrollOptions?: PayerAuthenticationOptions,
    ) => checkPayerAuthEnrollment(rt, request, enrollOptions),
    validateAuthenticationResults: (
      request: AuthenticationValidationRequest,
      validateOptions?: PayerAuthenticationOptions,
    ) => validateAuthenticationResults(rt, request, validateOptions),
    raw: rt.api,
  });
}
