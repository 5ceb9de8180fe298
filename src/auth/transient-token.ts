import { CybersourceJpoError } from "../errors.js";
import { loadJose } from "./jose.js";

// A transient token is signed with the key whose public half the capture context carries as
// `flx.jwk` ("Validate it against the public key in the capture context"; japan-merchant-needs.md
// §2.2). The capture context itself is Cybersource's signed JWT; reading its `flx.jwk` needs no
// trust in the page, since the merchant's server made the capture context.

/**
 * A transient token failed verification: bad signature, expired, or not made under the capture
 * context given. Code `TRANSIENT_TOKEN_INVALID`. The message never contains the token.
 */
export class TransientTokenError extends CybersourceJpoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("TRANSIENT_TOKEN_INVALID", message, options);
  }
}

/**
 * Verifies `token`'s RS256 signature with the capture context's `flx.jwk` and its `exp` against
 * `now`; returns its claims. Throws {@link TransientTokenError}.
 */
export async function verifyFlexSignature(
  token: string,
  captureContext: string,
  now: Date,
): Promise<Record<string, unknown>> {
  const jose = await loadJose();
  let jwk: unknown;
  try {
    jwk = (jose.decodeJwt(captureContext) as { flx?: { jwk?: unknown } }).flx?.jwk;
  } catch (cause) {
    throw new TransientTokenError("The capture context is not a JWT.", { cause });
  }
  if (typeof jwk !== "object" || jwk === null || (jwk as { kty?: unknown }).kty !== "RSA") {
    throw new TransientTokenError("The capture context has no RSA flx.jwk to verify with.");
  }
  const key = await jose.importJWK({ ...(jwk as object), alg: "RS256" }, "RS256");
  try {
    const { payload } = await jose.jwtVerify(token, key, {
      algorithms: ["RS256"],
      currentDate: now,
    });
    return payload as Record<string, unknown>;
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    const why =
      code === "ERR_JWT_EXPIRED"
        ? "has expired (transient tokens last 15 minutes)"
        : "was not signed with this capture context's key";
    throw new TransientTokenError(`The transient token ${why}.`, { cause });
  }
}
