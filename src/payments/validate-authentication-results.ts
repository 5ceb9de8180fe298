import { validateAuthenticationResultsRequestRule } from "../../generated/rules.js";
import { TransportError } from "../errors.js";
import type { Runtime } from "../transport/index.js";
import { callOptions } from "./call-options.js";
import type { PayerAuthenticationOptions } from "./check-payer-auth-enrollment.js";
import type { AuthenticationValidationResult } from "./payer-authentication-result.js";
import {
  preparePayerAuth,
  type AuthenticationValidationRequest,
} from "./payer-authentication-request.js";
import { sendPayerAuth } from "./payer-authentication-send.js";

const path = "/risk/v1/authentication-results";
const label = `validateAuthenticationResults (POST ${path})`;

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
  const options = callOptions(label, given, ["signal"]);
  const prepared = preparePayerAuth("validate", request, rt.now());
  const result = await sendPayerAuth(
    rt,
    {
      operation: "validateAuthenticationResults",
      path,
      body: prepared.body,
      rule: validateAuthenticationResultsRequestRule,
      issues: prepared.issues,
      optional: prepared.optional,
    },
    options.signal,
  );
  if (result.status === "PENDING_AUTHENTICATION") {
    throw new TransportError(label, "HTTP 201 asked for another challenge; nothing was authorized");
  }
  return result;
}
