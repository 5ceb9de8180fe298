/**
 * The SDK: {@link createJpoClient} with {@link jwtAuth} or {@link httpSignatureAuth}, the
 * request and result types, the errors, and {@link validateJpoAuthorization}. It uses only
 * web-standard globals (`fetch`, `crypto.subtle`), so it runs in Node >= 20, Deno, Bun,
 * Cloudflare Workers and browsers.
 *
 * @example
 * ```ts
 * import { createJpoClient, jwtAuth } from "cybersource-jpo";
 *
 * const client = createJpoClient({
 *   environment: "test",
 *   auth: jwtAuth({ merchantId, keyId, sharedSecret }),
 * });
 * const result = await client.authorize(request);
 * if (result.status === "AUTHORIZED") await result.capture();
 * ```
 *
 * @packageDocumentation
 * @module cybersource-jpo
 */
export * from "./errors.js";
export {
  AuthConfigError,
  httpSignatureAuth,
  jwtAuth,
  type HttpSignatureAuthOptions,
  type JwtAuthOptions,
  type JwtCommonOptions,
  type JwtKeyAuthOptions,
  type JwtSharedSecretAuthOptions,
  type PemOrDer,
  type RequestEncryptionOptions,
  type ResponseEncryptionOptions,
  type SigningStrategy,
  type WebCryptoKey,
  TransientTokenError,
} from "./auth/index.js";
export {
  createJpoClient,
  environments,
  type JpoClient,
  type JpoClientOptions,
  type PartnerOptions,
} from "./client.js";
export {
  validateJpoAuthorization,
  type TransientTokenCard,
  type TransientTokenPayload,
  type ValidateOptions,
} from "./rules/index.js";
export {
  AuthorizationOutcomeUnknownError,
  CaptureOutcomeUnknownError,
  RefundOutcomeUnknownError,
  transactionQuery,
  type AdditionalFields,
  type ApplicationRun,
  type GetTransactionOptions,
  type ReportedJpoOptions,
  type SearchOptions,
  type TransactionDetails,
  type TransactionLookup,
  type TransactionNotFoundYet,
  type TransactionSearch,
  type TransactionSearchPage,
  type TransactionSummary,
  type DeclinedRefund,
  type PendingRefund,
  type RefundOptions,
  type RefundResult,
  type StoredCapture,
  type StoredRefund,
  type TransactionVoidResult,
  type VoidByIdOptions,
  type VoidKind,
  type VoidTarget,
  type ApprovedAuthorization,
  type ApprovedStatus,
  type AuthorizationResponseBody,
  type AuthorizationResult,
  type AuthorizationResultBase,
  type AuthorizationStatus,
  type AuthorizeOptions,
  type AuthenticatedRequest,
  type AuthenticationOutcome,
  type CaptureContextOptions,
  type CaptureContextResult,
  type CompleteAuthenticationOptions,
  type PayerAuthenticationSetup,
  type PayerAuthenticationSetupRequest,
  type PendingAuthentication,
  type SetupPayerAuthenticationOptions,
  type StepUp,
  type StoredAuthentication,
  type CaptureOptions,
  type CaptureResult,
  type CaptureStatus,
  type CreatedTokens,
  type CardExpiry,
  type CardNumberSource,
  type CardSource,
  type DeclineReason,
  type FacadeAmountDetails,
  type FacadeOrderInformation,
  type DefaultsApplied,
  type HeldAuthorization,
  type HeldStatus,
  type JapanPaymentOptions,
  type JpoAuthorizationRequest,
  type JpyCurrency,
  type PaymentMethodCode,
  type RefusedAuthorization,
  type RefusedStatus,
  type ReversalReason,
  type ReversalResult,
  type ReverseOptions,
  type StoredAuthorization,
  type StoredBonus,
  type StoredJpoOptions,
  type TimeoutReversalRequest,
  type TimeoutVoidRequest,
  type VoidOptions,
  type VoidResult,
  type NoTmsCard,
  type NoTransientToken,
  type TmsAuthorizationRequest,
  type TmsCustomerCard,
  type TmsInstrumentIdentifierCard,
  type TmsPaymentInstrumentCard,
  type TmsSource,
  type TmsTokenRef,
  type TransientTokenId,
  type TransientTokenJwt,
  type TransientTokenSource,
  verifyTransientToken,
} from "./payments/index.js";
export type {
  ErrorEvent,
  HookName,
  JpoHooks,
  OperationName,
  RequestEvent,
  ResponseEvent,
} from "./hooks.js";
export { maskPan, redact } from "./redact.js";
export {
  paymentEventTypes,
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
  type PaymentEventType,
  type SignedContent,
  type VerifyWebhookOptions,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookFailureReason,
  type WebhookKey,
} from "./webhooks/index.js";
export type { components, paths } from "../generated/openapi.js";
