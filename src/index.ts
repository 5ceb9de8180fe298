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
export { AuthConfigError } from "./auth-config-error.js";
export type { SigningStrategy } from "./signing-strategy.js";
export { httpSignatureAuth, type HttpSignatureAuthOptions } from "./http-signature.js";
export {
  jwtAuth,
  type JwtAuthOptions,
  type JwtCommonOptions,
  type JwtKeyAuthOptions,
  type JwtSharedSecretAuthOptions,
  type PemOrDer,
} from "./jwt.js";
export type { RequestEncryptionOptions } from "./mle.js";
export { createJpoClient, environments, type JpoClient, type JpoClientOptions } from "./client.js";
export type { AuthorizeOptions } from "./authorize.js";
export { validateJpoAuthorization, type ValidateOptions } from "./jpo-rules.js";
export { AuthorizationOutcomeUnknownError } from "./outcome-unknown-error.js";
export type {
  ApprovedAuthorization,
  ApprovedStatus,
  AuthorizationResponseBody,
  AuthorizationResult,
  AuthorizationResultBase,
  AuthorizationStatus,
  CaptureOptions,
  CaptureResult,
  DeclineReason,
  DefaultsApplied,
  HeldAuthorization,
  HeldStatus,
  RefusedAuthorization,
  RefusedStatus,
  ReversalResult,
  ReverseOptions,
} from "./outcome.js";
export type { TimeoutReversalRequest } from "./follow-ups.js";
export type { StoredAuthorization } from "./stored-authorization.js";
export type { ErrorEvent, JpoHooks, OperationName, RequestEvent, ResponseEvent } from "./hooks.js";
export { maskPan, redact } from "./redact.js";
export type {
  JapanPaymentOptions,
  JpoAuthorizationRequest,
  JpyCurrency,
  PaymentMethodCode,
} from "./request-types.js";
export type { components, paths } from "../generated/openapi.js";
