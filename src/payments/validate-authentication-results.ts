import { TransportError } from "../errors.js";
import type { Runtime } from "../transport/index.js";
import type { AuthenticationValidationResult } from "./payer-authentication-result.js";
import type { AuthenticationValidationRequest } from "./payer-authentication-request.js";
import {
  payerAuthLabel,
  sendPayerAuth,
  type PayerAuthenticationOptions,
} from "./payer-authentication-send.js";

/**
 * `POST /risk/v1/authentication-results` (Cybersource's `validateAuthenticationResults`):
 * validates a completed challenge. Resolves to `AUTHENTICATED` or `NOT_AUTHENTICATED` with a
 * `passThrough` for `authorize`, or `AUTHENTICATION_FAILED`.
 */
export async function validateAuthenticationResults(
  rt: Runtime,
  request: AuthenticationValidationRequest,
  given?: PayerAuthenticationOptions,
): Promise<AuthenticationValidationResult> {
  const result = await sendPayerAuth(rt, "validate", request, given);
  if (result.status === "PENDING_AUTHENTICATION") {
    const what = "HTTP 201 asked for another challenge; nothing was authorized";
    throw new TransportError(payerAuthLabel("validate"), what);
  }
  return result;
}
