import { verifyHttpSignature } from "./http-signature-verify.js";
import { verifyJwt } from "./jwt-verify.js";
import type { ResolvedOptions } from "./options.js";
import { header, type ReceivedRequest } from "./received-request.js";

/**
 * Authenticates a request as Cybersource does: `Authorization: Bearer <JWT>`, or else the HTTP
 * Signature headers. Returns why it fails, or `undefined` when it is authentic.
 */
export async function authenticate(
  request: ReceivedRequest,
  options: ResolvedOptions,
): Promise<string | undefined> {
  const now = options.now();
  const authorization = header(request, "authorization");
  if (authorization !== undefined) {
    const match = /^Bearer (\S+)$/i.exec(authorization);
    if (match === null) return "Authorization is not a Bearer token";
    return verifyJwt(match[1]!, request, options, now);
  }
  if (header(request, "signature") !== undefined) {
    return verifyHttpSignature(request, options, now);
  }
  return "neither an Authorization nor a signature header";
}
