import { decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";
import type { WebCryptoKey } from "../index.js";
import type { ResolvedOptions } from "./options.js";
import { bodyDigest, carriesBody, header, type ReceivedRequest } from "./received-request.js";

const MAX_FUTURE_IAT_S = 5 * 60;

/**
 * Verifies a Cybersource JWT (v-c-jwt-version 2): RS256 with the configured certificate (`kid` =
 * its subject serialNumber) or HS256 with the shared secret (`kid` = key id), then its times and
 * the claims that bind it to this request. Returns why it fails, or `undefined` when valid.
 */
export async function verifyJwt(
  token: string,
  request: ReceivedRequest,
  options: ResolvedOptions,
  now: Date,
): Promise<string | undefined> {
  const key = selectKey(token, options);
  if (typeof key === "string") return key;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key.key, {
      algorithms: [key.alg],
      currentDate: now,
      requiredClaims: ["iat", "exp"],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) return "token has expired";
    return `token is invalid (${error instanceof errors.JOSEError ? error.code : "malformed"})`;
  }
  if ((payload.iat ?? 0) > now.getTime() / 1000 + MAX_FUTURE_IAT_S) {
    return "token iat is more than 5 minutes in the future";
  }
  return checkClaims(payload, request, options);
}

interface SelectedKey {
  readonly alg: "RS256" | "HS256";
  readonly key: WebCryptoKey | Uint8Array;
}

/** The key the token's header asks for, or why there is none. */
function selectKey(token: string, options: ResolvedOptions): SelectedKey | string {
  let protectedHeader: ReturnType<typeof decodeProtectedHeader>;
  try {
    protectedHeader = decodeProtectedHeader(token);
  } catch {
    return "token is not a JWS";
  }
  const { alg, kid } = protectedHeader;
  if (alg === "HS256") {
    return kid === options.keyId ? { alg, key: options.secret } : "token kid is not the key id";
  }
  if (alg === "RS256") {
    if (options.rsa === undefined) return "RS256 token but no certificate is configured";
    return kid === options.rsa.kid ? { alg, key: options.rsa.key } : "token kid is not the serial";
  }
  return `token alg ${String(alg)} is not RS256 or HS256`;
}

/** The claims that must name this merchant and this exact request. */
function checkClaims(
  payload: JWTPayload,
  request: ReceivedRequest,
  options: ResolvedOptions,
): string | undefined {
  const expected: Record<string, string | undefined> = {
    "v-c-merchant-id": options.merchantId,
    iss: options.signerId,
    "request-method": request.method.toLowerCase(),
    "request-resource-path": request.target,
    "request-host": header(request, "host"),
  };
  if (carriesBody(request)) {
    expected["digest"] = bodyDigest(request);
    expected["digest-algorithm"] = "SHA-256";
  }
  for (const [claim, value] of Object.entries(expected)) {
    if (value === undefined || payload[claim] !== value) return `token claim ${claim} mismatch`;
  }
  return undefined;
}
