import type { components } from "../../generated/openapi.js";
import type { declineReasonValues } from "../../generated/rules.js";

type Schemas = components["schemas"];

/** The request bodies the mock accepts, as the spec types them (after schema validation). */
export type AuthorizationRequest = Schemas["JpoAuthorizationRequest"];
export type CaptureRequest = Schemas["CaptureRequest"];
export type AuthorizationReversalRequest = Schemas["AuthorizationReversalRequest"];
export type TimeoutReversalRequest = Schemas["TimeoutReversalRequest"];
export type TimeoutVoidRequest = Schemas["TimeoutVoidRequest"];
export type RefundRequest = Schemas["RefundRequest"];
export type VoidRequest = Schemas["VoidRequest"];
export type TransactionSearchRequest = Schemas["TransactionSearchRequest"];

/** The response bodies the mock sends, as the spec types them. */
export type AuthorizationResponse = Schemas["AuthorizationResponse"];
export type CaptureResponse = Schemas["CaptureResponse"];
export type ReversalResponse = Schemas["ReversalResponse"];
export type VoidResponse = Schemas["VoidResponse"];
export type RefundResponse = Schemas["RefundResponse"];
export type AuthorizationInvalidRequestResponse = Schemas["AuthorizationInvalidRequestResponse"];
export type FollowUpInvalidRequestResponse = Schemas["FollowUpInvalidRequestResponse"];
export type AuthenticationFailedResponse = Schemas["AuthenticationFailedResponse"];
export type ServerErrorResponse = Schemas["ServerErrorResponse"];
export type ErrorDetail = Schemas["ErrorDetail"];

/** The outcome of an authorization (`status` of a 201). */
export type AuthorizationStatus = Schemas["AuthorizationStatus"];

/** Why an authorization was declined (`errorInformation.reason`). */
export type DeclineReason = (typeof declineReasonValues)[number];

/** The `reason` of a 400 to an authorization. */
export type AuthorizationErrorReason = AuthorizationInvalidRequestResponse["reason"];

/** The `reason` of a 400 to a capture or reversal. */
export type FollowUpErrorReason = FollowUpInvalidRequestResponse["reason"];
