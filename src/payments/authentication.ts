import { dig, text } from "../internal/json.js";
import type {
  AuthorizationResponseBody,
  AuthorizationResultBase,
} from "./authorization-outcome.js";
import type { JpoAuthorizationRequest, TmsAuthorizationRequest } from "./request-types.js";

/** The 3-D Secure result of an authorization with `CONSUMER_AUTHENTICATION` or its validation. */
export interface AuthenticationOutcome {
  /** The electronic commerce indicator: Visa `05` authenticated, `06` attempted, `07` not. */
  readonly eci: string;
  /** The CAVV, when the authentication produced one. */
  readonly cavv?: string;
  /** `Y` authenticated, `A` attempted, `N` failed, `U` unavailable, `R` rejected. */
  readonly paresStatus?: string;
  /** The EMV 3-D Secure version, e.g. `2.2.0`. */
  readonly specificationVersion?: string;
  /** The directory server's transaction id. */
  readonly directoryServerTransactionId?: string;
}

/** What the challenge iframe needs: post `accessToken` as `JWT` to `url`. */
export interface StepUp {
  /** Cybersource's `stepUpUrl`: the iframe's form action. */
  readonly url: string;
  /** The JWT the iframe's form posts as `JWT`. A bearer credential: never log it. */
  readonly accessToken: string;
  /** Send it back with `client.completeAuthentication` once the challenge is done. */
  readonly authenticationTransactionId: string;
}

/** The request a pending authentication was made with, to send again at validation. */
export type AuthenticatedRequest = JpoAuthorizationRequest | TmsAuthorizationRequest;

/**
 * The issuer wants a challenge: nothing is authorized and no funds are held, so there is nothing
 * to reverse. Show `stepUp` in an iframe, then call `client.completeAuthentication(result)`.
 */
export interface PendingAuthentication extends AuthorizationResultBase {
  /** The issuer asks the cardholder to authenticate. */
  readonly status: "PENDING_AUTHENTICATION";
  /** Cybersource's `errorInformation.reason`, `CONSUMER_AUTHENTICATION_REQUIRED`. */
  readonly errorReason: string | undefined;
  /** Cybersource's `errorInformation.message`. */
  readonly errorMessage: string | undefined;
  /** What the challenge iframe needs. */
  readonly stepUp: StepUp;
}

/**
 * A pending authentication as your own records keep it, for `client.completeAuthentication`
 * after a restart: the transaction id from the step-up, and the request sent first.
 */
export interface StoredAuthentication {
  /** `stepUp.authenticationTransactionId` (also the `TransactionId` posted to the return URL). */
  readonly authenticationTransactionId: string;
  /** The request the pending result came from, as first sent to `authorize`. */
  readonly request: AuthenticatedRequest;
}

/** The `authentication` of a response: its ECI and what came with it, if any. */
export function readAuthentication(
  raw: AuthorizationResponseBody,
): AuthenticationOutcome | undefined {
  const cai = dig(raw, "consumerAuthenticationInformation");
  const eci = text(dig(cai, "eci")) ?? text(dig(cai, "eciRaw"));
  if (eci === undefined) return undefined;
  const outcome: { eci: string } & Record<string, string> = { eci };
  for (const field of [
    "cavv",
    "paresStatus",
    "specificationVersion",
    "directoryServerTransactionId",
  ]) {
    const value = text(dig(cai, field));
    if (value !== undefined) outcome[field] = value;
  }
  return Object.freeze(outcome);
}

/** The step-up of a `PENDING_AUTHENTICATION` answer, or `undefined` when a part is missing. */
export function readStepUp(json: unknown): StepUp | undefined {
  const cai = dig(json, "consumerAuthenticationInformation");
  const url = text(dig(cai, "stepUpUrl"));
  const accessToken = text(dig(cai, "accessToken"));
  const authenticationTransactionId = text(dig(cai, "authenticationTransactionId"));
  if (url === undefined || accessToken === undefined || authenticationTransactionId === undefined) {
    return undefined;
  }
  return Object.freeze({ url, accessToken, authenticationTransactionId });
}

const requests = new WeakMap<object, AuthenticatedRequest>();

/** Keeps the request a pending authentication was made with, for its completion. */
export function rememberRequest(result: object, request: AuthenticatedRequest): void {
  requests.set(result, request);
}

/** The request a pending result was made with, if this process made it. */
export function requestOf(result: object): AuthenticatedRequest | undefined {
  return requests.get(result);
}
