import type { components } from "../generated/openapi.js";
import { redact } from "./redact.js";

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
 * (decide it in the Business Center first), risk declined, or awaiting payer authentication.
 * Reverse it to release the funds.
 */
export type HeldStatus =
  | "AUTHORIZED_PENDING_REVIEW"
  | "AUTHORIZED_RISK_DECLINED"
  | "PENDING_AUTHENTICATION"
  | "PENDING_REVIEW";
/** Statuses with nothing authorized. */
export type RefusedStatus = "DECLINED" | "INVALID_REQUEST";

/** Defaults the facade filled in, so that the caller can store them. */
export interface DefaultsApplied {
  /** Set when the request had no `firstBillingMonth`: the next month in Japan. */
  readonly firstBillingMonth?: string;
  /** Set when the request had no `clientReferenceInformation.transactionId`. */
  readonly transactionId?: string;
}

/** What every authorization result carries. */
export interface AuthorizationResultBase {
  /** The transaction id sent (yours or the generated one): it finds the authorization later. */
  readonly transactionId: string;
  /** The amount requested, whole yen. */
  readonly requestedAmount: string;
  readonly currency: "JPY";
  /** Cybersource's payment id, when the response has one. */
  readonly id: string | undefined;
  readonly reconciliationId: string | undefined;
  readonly submitTimeUtc: string | undefined;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  readonly defaultsApplied: DefaultsApplied;
  /** The response body as received. `toJSON()` and inspection show it redacted. */
  readonly raw: AuthorizationResponseBody;
}

/** Approved: funds are held. Capture it to be paid, or reverse it to release them. */
export interface ApprovedAuthorization extends AuthorizationResultBase {
  readonly status: ApprovedStatus;
  readonly id: string;
  readonly approvalCode: string | undefined;
  /** The amount approved; less than requested with `PARTIAL_AUTHORIZED`. */
  readonly authorizedAmount: string;
  readonly salesSlipNumber: string | undefined;
  /** Captures the authorization: by default the full authorized amount. */
  capture(options?: CaptureOptions): Promise<CaptureResult>;
  /** Reverses the authorization, releasing the funds. */
  reverse(options?: ReverseOptions): Promise<ReversalResult>;
}

/** An authorization exists but is not usable as is (risk declined, or awaiting review). */
export interface HeldAuthorization extends AuthorizationResultBase {
  readonly status: HeldStatus;
  readonly id: string;
  readonly errorReason: string | undefined;
  readonly errorMessage: string | undefined;
  /** Reverses the authorization, releasing any funds held. */
  reverse(options?: ReverseOptions): Promise<ReversalResult>;
}

/** Declined or rejected: nothing is held. `errorReason` says why. */
export interface RefusedAuthorization extends AuthorizationResultBase {
  readonly status: RefusedStatus;
  /** Cybersource's reason, e.g. `INSUFFICIENT_FUND`, `EXPIRED_CARD`. */
  readonly errorReason: DeclineReason | (string & {}) | undefined;
  readonly errorMessage: string | undefined;
}

/** The outcome of `authorize`, discriminated by `status`. A decline is a result, not an error. */
export type AuthorizationResult = ApprovedAuthorization | HeldAuthorization | RefusedAuthorization;

/** Options of a capture. */
export interface CaptureOptions {
  /** Whole yen to capture; default the authorized amount. */
  readonly amount?: string;
  readonly signal?: AbortSignal;
}

/** Options of a reversal. */
export interface ReverseOptions {
  /** A short reason kept with the reversal, e.g. `"order cancelled"`. */
  readonly reason?: string;
  readonly signal?: AbortSignal;
}

/** The outcome of a capture. */
export interface CaptureResult {
  readonly status: "PENDING";
  readonly id: string | undefined;
  readonly amount: string;
  readonly reconciliationId: string | undefined;
  readonly correlationId: string | undefined;
  readonly raw: Schemas["CaptureResponse"];
}

/** The outcome of a reversal. */
export interface ReversalResult {
  readonly status: "REVERSED";
  readonly id: string | undefined;
  readonly amount: string;
  readonly correlationId: string | undefined;
  /**
   * True when a retried reversal was answered `AUTH_ALREADY_REVERSED`: an earlier try of the same
   * reversal had succeeded but its response was lost.
   */
  readonly alreadyReversed: boolean;
  readonly raw: Schemas["ReversalResponse"] | undefined;
}

/**
 * Gives `target` non-enumerable methods and a redacted `toJSON()` and Node inspection, so that
 * logging a result never prints card data.
 */
export function sealResult<T extends object>(target: T, methods: Record<string, unknown>): T {
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(target, name, { value, enumerable: false });
  }
  const safe = () => redact({ ...target });
  Object.defineProperty(target, "toJSON", { value: safe, enumerable: false });
  Object.defineProperty(target, Symbol.for("nodejs.util.inspect.custom"), {
    value: safe,
    enumerable: false,
  });
  return Object.freeze(target);
}
