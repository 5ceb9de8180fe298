import { demoRequest } from "../../src/cli/demo.js";
import type { JpoAuthorizationRequest } from "../../src/request-types.js";

/** A valid installment authorization (paymentMethod 61, 120,000 yen), fresh on every call. */
export function installmentRequest(): JpoAuthorizationRequest {
  return { ...demoRequest(), clientReferenceInformation: { code: "ORDER-1" } };
}

/** A deep copy of `request` as a plain mutable object, for breaking it on purpose. */
export function mutable(request: JpoAuthorizationRequest = installmentRequest()): any {
  return structuredClone(request);
}
