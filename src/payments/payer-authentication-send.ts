import type { Runtime } from "../transport/index.js";
import { answered, checkFollowUp, label, sendChecked, type FollowUp } from "./follow-up.js";
import {
  toPayerAuthenticationResult,
  type PayerAuthenticationResult,
} from "./payer-authentication-result.js";

/**
 * Checks a payer authentication request (throwing `JpoValidationError` before anything is
 * sent), sends it with the retries that are safe, as `setupPayerAuthentication` does (nothing
 * is authorized, so a timeout is a `TransportError` and needs no reversal), and reads the
 * answer.
 */
export async function sendPayerAuth(
  rt: Runtime,
  followUp: FollowUp,
  signal: AbortSignal | undefined,
): Promise<PayerAuthenticationResult> {
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
