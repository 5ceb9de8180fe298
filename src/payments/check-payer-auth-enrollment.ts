import type { PayerAuthenticationResult } from "./payer-authentication-result.js";
import type { PayerAuthEnrollmentRequest } from "./payer-authentication-request.js";
import { sendPayerAuth, type PayerAuthenticationOptions } from "./payer-authentication-send.js";
import type { Runtime } from "../transport/index.js";

/**
 * `POST /risk/v1/authentications` (Cybersource's `checkPayerAuthEnrollment`): authenticates the
 * cardholder before any authorization. Resolves to `AUTHENTICATED` or `NOT_AUTHENTICATED` with a
 * `passThrough` for `authorize`, `PENDING_AUTHENTICATION` with the challenge's `stepUp`, or
 * `AUTHENTICATION_FAILED`.
 */
export async function checkPayerAuthEnrollment(
  rt: Runtime,
  request: PayerAuthEnrollmentRequest,
  given?: PayerAuthenticationOptions,
): Promise<PayerAuthenticationResult> {
  return sendPayerAuth(rt, "enroll", request, given);
}
