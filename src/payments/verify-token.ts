import { TransientTokenError, verifyFlexSignature } from "../auth/index.js";
import { JpoValidationError } from "../errors.js";
import { dig, text } from "../internal/json.js";
import { readTransientToken, type TransientTokenPayload } from "../rules/index.js";

/**
 * Verifies a transient token against the capture context it was made under: its signature with
 * the capture context's `flx.jwk` (RS256, with jose) and its 15-minute `exp`. Resolves to its
 * payload, typed: the card's types, masked number and expiry. Throws `TransientTokenError`
 * (code `TRANSIENT_TOKEN_INVALID`) otherwise.
 *
 * @example
 * ```ts
 * const token = await verifyTransientToken(transientTokenJwt, captureContext);
 * if (!token.card.cardTypes.includes("001")) throw new Error("Visa only");
 * ```
 */
export async function verifyTransientToken(
  token: string,
  captureContext: string,
  options: { readonly now?: () => Date } = {},
): Promise<TransientTokenPayload> {
  await verifyFlexSignature(token, captureContext, (options.now ?? (() => new Date()))());
  // A verified JWT's payload is a JSON object, so it reads.
  return readTransientToken(token)!;
}

/**
 * With `verifyTransientTokens: true`, checks the request's transient token against the capture
 * context passed to this call; a missing capture context or a failed check is a validation error
 * on `tokenInformation.transientTokenJwt`, before anything is sent.
 */
export async function requireVerifiedToken(
  operation: string,
  request: unknown,
  captureContext: string | undefined,
  now: Date,
): Promise<void> {
  const token = text(dig(request, "tokenInformation", "transientTokenJwt"));
  if (token === undefined) return;
  const path = "tokenInformation.transientTokenJwt";
  if (captureContext === undefined) {
    const message =
      "cannot be verified: pass the capture context it was made under (authorize(request, { captureContext })), as verifyTransientTokens is on.";
    throw new JpoValidationError(operation, [
      {
        path,
        rule: "token-unverified",
        message,
        severity: "error",
        source:
          "developer.cybersource.com microform-integ-v2 validating-the-transient-token (flx.jwk)",
      },
    ]);
  }
  try {
    await verifyFlexSignature(token, captureContext, now);
  } catch (error) {
    if (!(error instanceof TransientTokenError)) throw error;
    const message = `failed verification: ${error.message}`;
    throw new JpoValidationError(operation, [
      {
        path,
        rule: "token-signature",
        message,
        severity: "error",
        source:
          "developer.cybersource.com microform-integ-v2 validating-the-transient-token (flx.jwk)",
      },
    ]);
  }
}
