// Payments: one file per operation on a JPO payment (authorize, capture, reverse, timeout
// reversal, refund, void, timeout void), each with its outcome types and how its result is built, and the stored form of an
// authorization for later follow-ups. This file is the folder's one way in (for client.ts and
// index.ts). Payments use rules/ and transport/; they never sign anything themselves.
export * from "./authorization-outcome.js";
export type { CreatedTokens } from "./tokens.js";
export { authorize, type AuthorizeOptions } from "./authorize.js";
export type { AdditionalFields } from "./additional-fields.js";
export { capture, type CaptureOptions, type CaptureResult, type CaptureStatus } from "./capture.js";
export type { StoredBonus, StoredJpoOptions } from "./capture-options.js";
export { AuthorizationOutcomeUnknownError } from "./outcome-unknown-error.js";
export { CaptureOutcomeUnknownError } from "./capture-outcome-unknown-error.js";
export { VoidableOutcomeError, type OutcomeDetails } from "./voidable-outcome-error.js";
export { RefundOutcomeUnknownError } from "./refund-outcome-unknown-error.js";
export {
  refund,
  type DeclinedRefund,
  type PendingRefund,
  type RefundOptions,
  type RefundResult,
  type StoredRefund,
} from "./refund.js";
export { storedCaptureRef, type StoredCapture } from "./stored-capture.js";
export {
  voidById,
  type TransactionVoidResult,
  type VoidByIdOptions,
  type VoidKind,
  type VoidTarget,
} from "./void.js";
export {
  voidTimedOut,
  type TimeoutVoidRequest,
  type VoidOptions,
  type VoidResult,
} from "./timeout-void.js";
export type {
  CardExpiry,
  CardNumberSource,
  CardSource,
  FacadeAmountDetails,
  FacadeOrderInformation,
  JapanPaymentOptions,
  JpoAuthorizationRequest,
  NoTmsCard,
  NoTransientToken,
  TmsAuthorizationRequest,
  TmsCustomerCard,
  TmsInstrumentIdentifierCard,
  TmsPaymentInstrumentCard,
  TmsSource,
  TmsTokenRef,
  TransientTokenId,
  TransientTokenJwt,
  TransientTokenSource,
  JpyCurrency,
  PaymentMethodCode,
} from "./request-types.js";
export {
  reverse,
  type ReversalReason,
  type ReversalResult,
  type ReverseOptions,
} from "./reverse.js";
export { storedRef, type StoredAuthorization } from "./stored-authorization.js";
export { reverseTimedOut, type TimeoutReversalRequest } from "./timeout-reversal.js";
export {
  createCaptureContext,
  type CaptureContextOptions,
  type CaptureContextResult,
} from "./capture-context.js";
export { verifyTransientToken } from "./verify-token.js";
export {
  getTransaction,
  type ApplicationRun,
  type GetTransactionOptions,
  type ReportedJpoOptions,
  type TransactionDetails,
  type TransactionLookup,
  type TransactionNotFoundYet,
} from "./get-transaction.js";
export {
  searchTransactions,
  type SearchOptions,
  type TransactionSearch,
  type TransactionSearchPage,
  type TransactionSummary,
} from "./search-transactions.js";
export { transactionQuery } from "./transaction-query.js";
export {
  setupPayerAuthentication,
  type PayerAuthenticationSetup,
  type PayerAuthenticationSetupRequest,
  type SetupPayerAuthenticationOptions,
} from "./setup-payer-authentication.js";
export type {
  AuthenticatedRequest,
  AuthenticationOutcome,
  PendingAuthentication,
  StepUp,
  StoredAuthentication,
} from "./authentication.js";
export {
  completeAuthentication,
  type CompleteAuthenticationOptions,
} from "./complete-authentication.js";
export { checkPayerAuthEnrollment } from "./check-payer-auth-enrollment.js";
export type { PayerAuthenticationOptions } from "./payer-authentication-send.js";
export { validateAuthenticationResults } from "./validate-authentication-results.js";
export type {
  AuthenticationValidationRequest,
  PayerAuthEnrollmentRequest,
  PayerAuthenticationOrder,
} from "./payer-authentication-request.js";
export type {
  AuthenticationPassThrough,
  AuthenticationValidationResult,
  PayerAuthenticated,
  PayerAuthenticationFailed,
  PayerAuthenticationPending,
  PayerAuthenticationResult,
  PayerAuthenticationResultBase,
  PayerNotAuthenticated,
} from "./payer-authentication-result.js";
export type { CommerceIndicator } from "./commerce-indicator.js";
