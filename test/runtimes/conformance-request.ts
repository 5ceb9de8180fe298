// The authorization request of the conformance suite. Web-standard globals only.
import type { JpoAuthorizationRequest } from "../../src/index.js";
import { installmentRequest as baseRequest } from "../support/requests.js";

/** The authentications the suite can authorize with. */
export type AuthName = "httpSignature" | "jwt";

/** A valid installment authorization (paymentMethod 61) of `amount` yen, sent as `transactionId`. */
export function installmentRequest(amount: string, transactionId: string): JpoAuthorizationRequest {
  const request = baseRequest(amount, "CONFORMANCE-1");
  return { ...request, clientReferenceInformation: { code: "CONFORMANCE-1", transactionId } };
}

/** The same authorization with a transient token instead of the card. */
export function tokenRequest(
  transientTokenJwt: string,
  transactionId: string,
): JpoAuthorizationRequest {
  const { paymentInformation: _card, ...request } = baseRequest("120000", "CONFORMANCE-1");
  return {
    ...request,
    clientReferenceInformation: { code: "CONFORMANCE-1", transactionId },
    tokenInformation: { transientTokenJwt },
  };
}
