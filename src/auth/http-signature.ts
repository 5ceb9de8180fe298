import { AuthConfigError } from "./auth-config-error.js";
import { encodeBase64, hmacSha256, sha256Base64 } from "../internal/bytes.js";
import { optionalId, requireClock, requireId, requireOptions, requireSecret } from "./options.js";
import { carriesDigest } from "./request.js";
import { defineStrategy } from "./strategy.js";
import type { SigningStrategy } from "./signing-strategy.js";

/** Options of {@link httpSignatureAuth}. */
export interface HttpSignatureAuthOptions {
  /** The transacting merchant id, sent as `v-c-merchant-id`. */
  readonly merchantId: string;
  /** The shared secret's key id (a UUID from the Business Center), or the portfolio's with `portfolioId`. */
  readonly keyId: string;
  /** The shared secret as the Business Center shows it (base64). It is decoded before HMAC. */
  readonly sharedSecret: string;
  /**
   * Meta key: the portfolio id whose `keyId`/`sharedSecret` these are. It is what the signature
   * covers as `v-c-merchant-id`, while the header still carries `merchantId`.
   */
  readonly portfolioId?: string;
  /** Clock for the `date` header. Default: `() => new Date()`. */
  readonly now?: () => Date;
}

/**
 * Cybersource HTTP Signature authentication (HMAC-SHA256 over `host date request-target digest
 * v-c-merchant-id`; no `digest` for GET and DELETE), as Cybersource's own SDKs compute it.
 * Cybersource deprecated HTTP Signature in September 2026: new integrations use {@link jwtAuth},
 * which takes the same `keyId` and `sharedSecret`.
 *
 * Sets `host`, `date`, `digest` (POST, PUT, PATCH), `v-c-merchant-id` and `signature`.
 * Throws `AuthConfigError` (code `AUTH_CONFIG_INVALID`) at once for a missing id or a secret that
 * is not base64.
 *
 * @example
 * ```ts
 * const client = createJpoClient({
 *   environment: "test",
 *   auth: httpSignatureAuth({ merchantId: "my_mid", keyId, sharedSecret }),
 * });
 * ```
 */
export function httpSignatureAuth(options: HttpSignatureAuthOptions): SigningStrategy {
  const input = requireOptions(options, "httpSignatureAuth");
  const merchantId = requireId(input["merchantId"], "merchantId", "your Cybersource merchant id");
  const keyId = requireId(input["keyId"], "keyId", "the shared secret's key id");
  const mac = hmacSha256(requireSecret(input["sharedSecret"], "sharedSecret"));
  const portfolioId = optionalId(input["portfolioId"], "portfolioId", "the portfolio id");
  const now = requireClock(input["now"]);
  // Per-client constants: the signed line that ends every signature, and the header prefixes.
  const lastLine = `\nv-c-merchant-id: ${portfolioId ?? merchantId}`;
  const prefix = `keyid="${keyId}", algorithm="HmacSHA256", headers="host date request-target `;
  return defineStrategy(keepsDateHeader, (_, method, host, path, body) => {
    const date = now().toUTCString();
    const head = `host: ${host}\ndate: ${date}\nrequest-target: ${method.toLowerCase()} ${path}`;
    if (!carriesDigest(method)) {
      const signature = `${prefix}v-c-merchant-id", signature="${encodeBase64(mac(head + lastLine))}"`;
      return { headers: { host, date, "v-c-merchant-id": merchantId, signature }, body };
    }
    const digest = `SHA-256=${sha256Base64(body ?? "")}`;
    const text = `${head}\ndigest: ${digest}${lastLine}`;
    const signature = `${prefix}digest v-c-merchant-id", signature="${encodeBase64(mac(text))}"`;
    return { headers: { host, date, digest, "v-c-merchant-id": merchantId, signature }, body };
  });
}

/**
 * Browsers drop `date` from a request (a forbidden header name in the Fetch standard), so the
 * signature could never verify: say so once, before the first request, rather than let
 * Cybersource answer 401.
 */
async function keepsDateHeader(): Promise<void> {
  const probe = new Request("https://probe.invalid/", { headers: { date: "probe" } });
  if (probe.headers.get("date") !== "probe") {
    throw new AuthConfigError(
      "httpSignatureAuth",
      "HTTP Signature needs a date header, which this runtime's fetch does not allow (browsers forbid it): use jwtAuth here.",
    );
  }
}
