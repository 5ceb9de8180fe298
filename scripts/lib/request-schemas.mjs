// @ts-check
/**
 * The request bodies of the spec that are checked: the facade's generated rules (each exported
 * as e.g. `captureRequestRule`) and the mock's compiled validators, in this order. A new request
 * schema is added here once.
 */
export const requestSchemaNames = [
  "JpoAuthorizationRequest",
  "CaptureRequest",
  "AuthorizationReversalRequest",
  "TimeoutReversalRequest",
  "TimeoutVoidRequest",
  "CaptureContextRequest",
  "RefundRequest",
  "VoidRequest",
  "TransactionSearchRequest",
  "PayerAuthSetupRequest",
  "CheckPayerAuthEnrollmentRequest",
  "ValidateAuthenticationResultsRequest",
];
