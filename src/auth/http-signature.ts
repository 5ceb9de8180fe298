import { AuthConfigError } from "./auth-config-error.js";
import { encodeBase64, sha256Base64, utf8 } from "../internal/bytes.js";
import { optionalId, requireClock, requireId, requireOptions, requireSecret } from "./options.js";
import { carriesDigest, readRequest, rebuildRequest } from "./request.js";
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
  const secret = requireSecret(input["sharedSecret"], "sharedSecret");
  const portfolioId = optionalId(input["portfolioId"], "portfolioId", "the portfolio id");
  const now = requireClock(input["now"]);
  const signerId = portfolioId ?? merchantId;

  const load = () =>
    crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);

  return defineStrategy(load, async (key, request) => {
    const { method, host, target, body } = await readRequest(request);
    const date = now().toUTCString();
    const digest = carriesDigest(method)
      ? `SHA-256=${await sha256Base64(body ?? new Uint8Array())}`
      : undefined;
    // The signed lines, in order; their names also make the signature's `headers` list.
    const signed: [string, string][] = [
      ["host", host],
      ["date", date],
      ["request-target", `${method.toLowerCase()} ${target}`],
      ...(digest === undefined ? [] : [["digest", digest] as [string, string]]),
      ["v-c-merchant-id", signerId],
    ];
    const text = signed.map(([name, value]) => `${name}: ${value}`).join("\n");
    const mac = await crypto.subtle.sign("HMAC", key, utf8(text));
    const signature =
      `keyid="${keyId}", algorithm="HmacSHA256", ` +
      `headers="${signed.map(([name]) => name).join(" ")}", ` +
      `signature="${encodeBase64(new Uint8Array(mac))}"`;
    const result = rebuildRequest(request, body, {
      host,
      date,
      ...(digest === undefined ? {} : { digest }),
      "v-c-merchant-id": merchantId,
      signature,
    });
    // Browsers drop `date` from a Request (a forbidden header name in the Fetch standard), so the
    // signature could never verify: say so here rather than let Cybersource answer 401.
    if (result.headers.get("date") !== date) {
      throw new AuthConfigError(
        "httpSignatureAuth",
        "HTTP Signature needs a date header, which this runtime's fetch does not allow (browsers forbid it): use jwtAuth here.",
      );
    }
    return result;
  });
}
