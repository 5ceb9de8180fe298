import type { components } from "../../generated/openapi.js";
import type { ValidationIssue } from "../errors.js";
import type { CaptureOptions, CaptureResult } from "./capture.js";
import type { ReversalResult, ReverseOptions } from "./reverse.js";
import type { StoredAuthorization } from "./stored-authorization.js";
import type { CreatedTokens } from "./tokens.js";
import type { AuthenticationOutcome, PendingAuthentication } from "./authentication.js";

type Schemas = components["schemas"];

/** Cybersource's authorization response body (`AuthorizationResponse` in the spec). */
export type AuthorizationResponseBody = Schemas["AuthorizationResponse"];
/** Every `status` an authorization can resolve to. HTTP 201 does not mean approved. */
export type AuthorizationStatus = Schemas["AuthorizationStatus"];
/** Why an authorization was declined (`errorInformation.reason`). */
export type DeclineReason = Schemas["DeclineReason"];

/** Statuses whose authorization holds funds and can be captured now. */
export type ApprovedStatus = "AUTHORIZED" | "PARTIAL_AUTHORIZED";
/**
 * Statuses with an authorization that cannot be captured as it is: held for a fraud review
 * (decide it in the Business Center first) or risk declined. Reverse it to release the funds.
 * `PENDING_AUTHENTICATION` holds nothing: see {@link PendingAuthentication}.
 */
export type HeldStatus =
  "AUTHORIZED_PENDING_REVIEW" | "AUTHORIZED_RISK_DECLINED" | "PENDING_REVIEW";
/** Statuses with nothing authorized. */
export type RefusedStatus = "DECLINED" | "INVALID_REQUEST";

/**
 * Defaults the facade filled in, so that the caller can store them. The SDK does not fill in
 * `firstBillingMonth`: Cybersource sets it to the month after the transaction date itself.
 */
export interface DefaultsApplied {
  /** Set when the request had no `clientReferenceInformation.transactionId`. */
  readonly transactionId?: string;
}

/** What every authorization result carries. */
export interface AuthorizationResultBase {
  /** The transaction id sent (yours or the generated one): it finds the authorization later. */
  readonly transactionId: string;
  /** The amount requested, whole yen. */
  readonly requestedAmount: string;
  /** Always `JPY`. */
  readonly currency: "JPY";
  /** Cybersource's payment id, when the response has one. */
  readonly id: string | undefined;
  /** The reference that appears in Cybersource's settlement reports. */
  readonly reconciliationId: string | undefined;
  /** When Cybersource received the request, UTC, `YYYY-MM-DDThh:mm:ssZ`. */
  readonly submitTimeUtc: string | undefined;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** The defaults the facade filled in (the transaction id); store them. */
  readonly defaultsApplied: DefaultsApplied;
  /**
   * The validator's warnings about the request that was sent (`severity: "warning"`), errors
   * having stopped it: what Cybersource's sources disagree on, fields one of them requires, an
   * uncheckable TMS card, and `additionalFields` sent unchecked. Empty when there are none.
   */
  readonly warnings: readonly ValidationIssue[];
  /** The TMS tokens a `TOKEN_CREATE` action created; empty otherwise. */
  readonly tokens: CreatedTokens;
  /**
   * The 3-D Secure result (ECI, CAVV, ...) when the response carries one: after
   * `CONSUMER_AUTHENTICATION` or its validation. `undefined` otherwise.
   */
  readonly authentication: AuthenticationOutcome | undefined;
  /** The response body as received. `toJSON()` and inspection show it redacted. */
  readonly raw: AuthorizationResponseBody;
}

/** Approved: funds are held. Capture it to be paid, or reverse it to release them. */
export interface ApprovedAuthorization extends AuthorizationResultBase {
  /** `AUTHORIZED`, or `PARTIAL_AUTHORIZED` when less than the requested amount was approved. */
  readonly status: ApprovedStatus;
  /** Cybersource's payment id: captures and reversals address the authorization by it. */
  readonly id: string;
  /** The issuer's approval code (`123456` on Cybersource's test system). */
  readonly approvalCode: string | undefined;
  /** The amount approved; less than requested with `PARTIAL_AUTHORIZED`. */
  readonly authorizedAmount: string;
  /** The sales slip number printed on the receipt, when Cybersource returns one. */
  readonly salesSlipNumber: string | undefined;
  /** Captures the authorization: by default the full authorized amount. */
  capture(options?: CaptureOptions): Promise<CaptureResult>;
  /** Reverses the authorization, releasing the funds. */
  reverse(options?: ReverseOptions): Promise<ReversalResult>;
  /**
   * What `client.capture` and `client.reverse` need later, as a plain JSON-safe object (id,
   * amount, reference, transaction id and the JPO data a capture restates). No card data.
   *
   * @example
   * ```ts
   * await db.save(orderId, JSON.stringify(result.toStoredAuthorization()));
   * // at shipment:
   * await client.capture(JSON.parse(await db.load(orderId)));
   * ```
   */
  toStoredAuthorization(): StoredAuthorization;
}

/** An authorization exists but is not usable as is (risk declined, or awaiting review). */
export interface HeldAuthorization extends AuthorizationResultBase {
  /** Why it is held, e.g. `AUTHORIZED_PENDING_REVIEW`. */
  readonly status: HeldStatus;
  /** Cybersource's payment id: the reversal addresses the authorization by it. */
  readonly id: string;
  /** Cybersource's `errorInformation.reason`, e.g. `DECISION_PROFILE_REVIEW`. */
  readonly errorReason: string | undefined;
  /** Cybersource's `errorInformation.message`. */
  readonly errorMessage: string | undefined;
  /** Reverses the authorization, releasing any funds held. */
  reverse(options?: ReverseOptions): Promise<ReversalResult>;
  /** What `client.reverse` needs later, as a plain JSON-safe object. */
  toStoredAuthorization(): StoredAuthorization;
}

/** Declined or rejected: nothing is held. `errorReason` says why. */
export interface RefusedAuthorization extends AuthorizationResultBase {
  /** `DECLINED` by the issuer or processor, or `INVALID_REQUEST`. */
  readonly status: RefusedStatus;
  /** Cybersource's reason, e.g. `INSUFFICIENT_FUND`, `EXPIRED_CARD`. */
  readonly errorReason: DeclineReason | (string & {}) | undefined;
  /** Cybersource's `errorInformation.message`, for people. */
  readonly errorMessage: string | undefined;
}

/** The outcome of `authorize`, discriminated by `status`. A decline is a result, not an error. */
export type AuthorizationResult =
  ApprovedAuthorization | HeldAuthorization | PendingAuthentication | RefusedAuthorization;
