import {
  checkPayerAuthEnrollmentRequestRule,
  validateAuthenticationResultsRequestRule,
} from "../../generated/rules.js";
import type { Runtime } from "../transport/index.js";
import { callOptions } from "./call-options.js";
import { answered, checkFollowUp, label, sendChecked, type FollowUp } from "./follow-up.js";
import { preparePayerAuth, type PayerAuthKind } from "./payer-authentication-request.js";
import {
  toPayerAuthenticationResult,
  type PayerAuthenticationResult,
} from "./payer-authentication-result.js";

/** Options of one `checkPayerAuthEnrollment` or `validateAuthenticationResults` call. */
export interface PayerAuthenticationOptions {
  /** Aborts the request and its retries. */
  readonly signal?: AbortSignal;
}

/** Each payer authentication request's operation, endpoint and spec rule. */
const endpoints = {
  enroll: {
    operation: "checkPayerAuthEnrollment",
    path: "/risk/v1/authentications",
    rule: checkPayerAuthEnrollmentRequestRule,
  },
  validate: {
    operation: "validateAuthenticationResults",
    path: "/risk/v1/authentication-results",
    rule: validateAuthenticationResultsRequestRule,
  },
} as const;

/** How errors name the payer authentication request of `kind`, e.g. `checkPayerAuthEnrollment (POST ...)`. */
export function payerAuthLabel(kind: PayerAuthKind): string {
  const { operation, path } = endpoints[kind];
  return `${operation} (POST ${path})`;
}

/**
 * Checks a payer authentication request (throwing `JpoValidationError` before anything is
 * sent), sends it with the retries that are safe, as `setupPayerAuthentication` does (nothing
 * is authorized, so a timeout is a `TransportError` and needs no reversal), and reads the
 * answer.
 */
export async function sendPayerAuth(
  rt: Runtime,
  kind: PayerAuthKind,
  request: unknown,
  given: PayerAuthenticationOptions | undefined,
): Promise<PayerAuthenticationResult> {
  const { operation, path, rule } = endpoints[kind];
  const { signal } = callOptions(payerAuthLabel(kind), given, ["signal"]);
  const { body, issues, optional } = preparePayerAuth(kind, request, rt.now());
  const followUp: FollowUp = { operation, path, body, rule, issues, optional };
  // Every issue left is a warning: checkFollowUp throws on any error.
  const warnings = checkFollowUp(followUp);
  const sent = await sendChecked(rt, followUp, signal, warnings);
  // Redacted for `raw`; the step-up's access token is read from the answer itself.
  const redacted = answered<Record<string, unknown>>(followUp, sent);
  const json = sent.json as Record<string, unknown>;
  return toPayerAuthenticationResult(
    label(followUp),
    sent,
    { json, redacted },
    Object.freeze(warnings),
  );
}
