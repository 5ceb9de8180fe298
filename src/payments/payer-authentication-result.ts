import type { components } from "../../generated/openapi.js";
import { TransportError, type ValidationIssue } from "../errors.js";
import { dig, text } from "../internal/json.js";
import type { Exchanged } from "../transport/index.js";
import {
  readAuthentication,
  readStepUp,
  type AuthenticationOutcome,
  type StepUp,
} from "./authentication.js";
import type { AuthorizationResponseBody } from "./authorization-outcome.js";
import { commerceIndicatorFor, type CommerceIndicator } from "./commerce-indicator.js";

type PassThroughFields = Pick<
  components["schemas"]["ConsumerAuthenticationInformation"],
  | "cavv"
  | "xid"
  | "eciRaw"
  | "ucafAuthenticationData"
  | "ucafCollectionIndicator"
  | "directoryServerTransactionId"
  | "paSpecificationVersion"
  | "authenticationTransactionId"
>;

/**
 * The result of an authentication, as `authorize` takes it (pass-through): put
 * `consumerAuthenticationInformation` in the request and merge `processingInformation` into
 * yours, which keeps your `japanPaymentOptions`.
 *
 * @example
 * ```ts
 * const { passThrough } = enrollment; // status AUTHENTICATED
 * await client.authorize({
 *   ...request,
 *   processingInformation: { ...request.processingInformation, ...passThrough.processingInformation },
 *   consumerAuthenticationInformation: passThrough.consumerAuthenticationInformation,
 * });
 * ```
 */
export interface AuthenticationPassThrough {
  /** `cavv`, `xid`, `eciRaw`, ... as the authentication returned them (only those it returned). */
  readonly consumerAuthenticationInformation: Readonly<PassThroughFields>;
  /** The commerce indicator that goes with the ECI (Visa: 05 vbv, 06 vbv_attempted, 07 internet). */
  readonly processingInformation: {
    /** `vbv`, `vbv_attempted`, `internet` or `vbv_failure`; absent for an ECI that is not Visa's. */
    readonly commerceIndicator?: CommerceIndicator;
  };
}

/** What every enrollment check and validation result carries. */
export interface PayerAuthenticationResultBase {
  /** Cybersource's id of the request. */
  readonly id: string | undefined;
  /** When Cybersource received it, UTC, `YYYY-MM-DDThh:mm:ssZ`. */
  readonly submitTimeUtc: string | undefined;
  /** Cybersource's `v-c-correlation-id` response header. */
  readonly correlationId: string | undefined;
  /** Cybersource's own `status`, e.g. `AUTHENTICATION_SUCCESSFUL`. */
  readonly cybersourceStatus: string;
  /** The ECI, CAVV, PARes status, ... when the answer has an ECI. */
  readonly authentication: AuthenticationOutcome | undefined;
  /** The validator's warnings about the request sent (`severity: "warning"`). */
  readonly warnings: readonly ValidationIssue[];
  /** The response body, redacted. */
  readonly raw: unknown;
}

/** The cardholder was authenticated (PARes `Y`, ECI 05) or an attempt was recorded (`A`, 06): liability shifts. */
export interface PayerAuthenticated extends PayerAuthenticationResultBase {
  /** Authenticated, or an attempt recorded: authorize with `passThrough`. */
  readonly status: "AUTHENTICATED";
  /** What to authorize with. */
  readonly passThrough: AuthenticationPassThrough;
}

/**
 * Authentication was unavailable (PARes `U`, ECI 07): Cybersource lets the payment go on
 * without a liability shift. Authorize with `passThrough` (commerce indicator `internet`) if
 * your risk policy allows it.
 */
export interface PayerNotAuthenticated extends PayerAuthenticationResultBase {
  /** Authentication was unavailable: no liability shift. */
  readonly status: "NOT_AUTHENTICATED";
  /** What to authorize with, if you go on. */
  readonly passThrough: AuthenticationPassThrough;
}

/**
 * The issuer wants a challenge: show `stepUp` in an iframe, then call
 * `client.validateAuthenticationResults` with its `authenticationTransactionId`.
 */
export interface PayerAuthenticationPending extends PayerAuthenticationResultBase {
  /** The issuer asks the cardholder to authenticate. */
  readonly status: "PENDING_AUTHENTICATION";
  /** What the challenge iframe needs. */
  readonly stepUp: StepUp;
}

/** The cardholder failed or the issuer rejected authentication (PARes `N` or `R`): do not authorize. */
export interface PayerAuthenticationFailed extends PayerAuthenticationResultBase {
  /** Authentication failed or was rejected: nothing to authorize. */
  readonly status: "AUTHENTICATION_FAILED";
  /** Cybersource's `errorInformation.reason`, e.g. `CONSUMER_AUTHENTICATION_FAILED`. */
  readonly errorReason: string | undefined;
  /** Cybersource's `errorInformation.message` (or `message`). */
  readonly errorMessage: string | undefined;
}

/** The outcome of `checkPayerAuthEnrollment`, discriminated by `status`. */
export type PayerAuthenticationResult =
  | PayerAuthenticated
  | PayerNotAuthenticated
  | PayerAuthenticationPending
  | PayerAuthenticationFailed;

/** The outcome of `validateAuthenticationResults`: no further challenge. */
export type AuthenticationValidationResult = Exclude<
  PayerAuthenticationResult,
  PayerAuthenticationPending
>;

const passThroughFields = [
  "cavv",
  "xid",
  "ucafAuthenticationData",
  "ucafCollectionIndicator",
  "directoryServerTransactionId",
  "authenticationTransactionId",
] as const;

/** The result of a 2xx answer (`redacted` becomes `raw`); an unreadable one throws. */
export function toPayerAuthenticationResult(
  label: string,
  sent: Exchanged,
  body: { readonly json: Record<string, unknown>; readonly redacted: unknown },
  warnings: readonly ValidationIssue[],
): PayerAuthenticationResult {
  const { json } = body;
  const cybersourceStatus = text(json["status"]) ?? "";
  const base: PayerAuthenticationResultBase = {
    id: text(json["id"]),
    submitTimeUtc: text(json["submitTimeUtc"]),
    correlationId: sent.correlationId,
    cybersourceStatus,
    authentication: readAuthentication(json as AuthorizationResponseBody),
    warnings,
    raw: body.redacted,
  };
  switch (cybersourceStatus) {
    case "AUTHENTICATION_SUCCESSFUL":
      return Object.freeze({
        ...base,
        status: authenticated(json) ? "AUTHENTICATED" : "NOT_AUTHENTICATED",
        passThrough: passThroughOf(json),
      });
    case "PENDING_AUTHENTICATION": {
      const stepUp = readStepUp(json);
      if (stepUp === undefined) throw unreadable(label, sent, "without its step-up");
      return Object.freeze({ ...base, status: "PENDING_AUTHENTICATION", stepUp });
    }
    case "AUTHENTICATION_FAILED":
      return Object.freeze({
        ...base,
        status: "AUTHENTICATION_FAILED",
        errorReason: text(dig(json, "errorInformation", "reason")),
        errorMessage: text(dig(json, "errorInformation", "message")) ?? text(json["message"]),
      });
    default:
      throw unreadable(
        label,
        sent,
        `with a status the SDK does not know (${cybersourceStatus || "none"})`,
      );
  }
}

/** PARes `Y` or `A`; without a PARes status, a Visa ECI of 05 or 06. */
function authenticated(json: unknown): boolean {
  const cai = dig(json, "consumerAuthenticationInformation");
  const pares = text(dig(cai, "paresStatus"));
  if (pares !== undefined) return pares === "Y" || pares === "A";
  const eci = text(dig(cai, "eciRaw")) ?? text(dig(cai, "eci"));
  return eci === "05" || eci === "06";
}

function passThroughOf(json: unknown): AuthenticationPassThrough {
  const cai = dig(json, "consumerAuthenticationInformation");
  const fields: Record<string, string> = {};
  for (const field of passThroughFields) {
    const value = text(dig(cai, field));
    if (value !== undefined) fields[field] = value;
  }
  const eci = text(dig(cai, "eciRaw")) ?? text(dig(cai, "eci"));
  if (eci !== undefined) fields["eciRaw"] = eci;
  const version = text(dig(cai, "specificationVersion"));
  if (version !== undefined) fields["paSpecificationVersion"] = version;
  const answered = text(dig(cai, "ecommerceIndicator")) ?? text(dig(cai, "indicator"));
  const commerceIndicator = commerceIndicatorFor(text(dig(cai, "eci")) ?? eci, answered);
  return Object.freeze({
    consumerAuthenticationInformation: Object.freeze(fields),
    processingInformation: Object.freeze(
      commerceIndicator === undefined ? {} : { commerceIndicator },
    ),
  });
}

function unreadable(label: string, sent: Exchanged, what: string): TransportError {
  return new TransportError(label, `HTTP ${sent.httpStatus} came ${what}; nothing was authorized`);
}
