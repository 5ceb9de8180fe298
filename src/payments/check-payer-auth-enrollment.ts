import { checkPayerAuthEnrollmentRequestRule } from "../../generated/rules.js";
import { callOptions } from "./call-options.js";
import type { PayerAuthenticationResult } from "./payer-authentication-result.js";
import {
  preparePayerAuth,
  type PayerAuthEnrollmentRequest,
} from "./payer-authentication-request.js";
import { sendPayerAuth } from "./payer-authentication-send.js";
import type { Runtime } from "../transport/index.js";

/** Options of one `checkPayerAuthEnrollment` or `validateAuthenticationResults` call. */
export interface PayerAuthenticationOptions {
  /** Aborts the request and its retries. */
  readonly signal?: AbortSignal;
}

const path = "/risk/v1/authentications";
const label = `checkPayerAuthEnrollment (POST ${path})`;

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
  const options = callOptions(label, given, ["signal"]);
  const prepared = preparePayerAuth("enroll", request, rt.now());
  return sendPayerAuth(
    rt,
    {
      operation: "checkPayerAuthEnrollment",
      path,
      body: prepared.body,
      rule: checkPayerAuthEnrollmentRequestRule,
      issues: prepared.issues,
      optional: prepared.optional,
    },
    options.signal,
  );
}
