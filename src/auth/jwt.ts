import { AuthConfigError } from "./auth-config-error.js";
import {
  defineJwtStrategy,
  loadEncryption,
  readJwtIdentity,
  rejectMixed,
  type JwtIdentity,
} from "./jwt-signer.js";
import {
  importSigningKey,
  readCertificate,
  readPrivateKey,
  type PemOrDer,
} from "./key-material.js";
import { requireId, requireOptions, requireSecret } from "./options.js";
import { hmacSha256 } from "../internal/bytes.js";
import type { RequestEncryptionOptions } from "./mle.js";
import type { ResponseEncryptionOptions } from "./response-mle.js";
import type { SigningStrategy } from "./signing-strategy.js";
import type { WebCryptoKey } from "./web-crypto-key.js";

export type { PemOrDer } from "./key-material.js";

/** Options shared by every form of {@link jwtAuth}. */
export interface JwtCommonOptions {
  /** The transacting merchant id: the `v-c-merchant-id` claim, and `iss` without `portfolioId`. */
  readonly merchantId: string;
  /** Meta key: the portfolio id whose key this is. It becomes `iss`. */
  readonly portfolioId?: string;
  /** Clock for `iat`/`exp` (and the MLE `iat`). Default: `() => new Date()`. */
  readonly now?: () => Date;
  /** Generates the `jti` claim. Default: `() => crypto.randomUUID()`. */
  readonly generateId?: () => string;
  /** Encrypt request bodies (MLE). Off by default. */
  readonly requestEncryption?: RequestEncryptionOptions;
  /** Ask for encrypted answers and decrypt them (response MLE). Off by default. */
  readonly responseEncryption?: ResponseEncryptionOptions;
}

/** {@link jwtAuth} with an RSA key and its Cybersource certificate (RS256). */
export interface JwtKeyAuthOptions extends JwtCommonOptions {
  /** The RSA private key: unencrypted PKCS#8 PEM or DER, or a `CryptoKey` for RS256 signing. */
  readonly privateKey: PemOrDer | WebCryptoKey;
  /** The key's X.509 certificate, PEM or DER. Its subject `serialNumber` becomes `kid`. */
  readonly certificate: PemOrDer;
}

/** {@link jwtAuth} with a shared secret key (HS256). */
export interface JwtSharedSecretAuthOptions extends JwtCommonOptions {
  /** The shared secret's key id; it becomes `kid`. */
  readonly keyId: string;
  /** The shared secret as the Business Center shows it (base64); decoded before HMAC. */
  readonly sharedSecret: string;
}

/** Options of {@link jwtAuth}. */
export type JwtAuthOptions = JwtKeyAuthOptions | JwtSharedSecretAuthOptions;

/**
 * Cybersource JWT authentication, as Cybersource's SDKs send it since v-c-jwt-version 2: header
 * `{typ:"JWT", alg, kid}`, claims `digest` and `digest-algorithm` (POST, PUT, PATCH), `iat`,
 * `exp` (iat + 120 s), `request-host`, `request-resource-path`, `request-method`, `iss`, `jti`,
 * `v-c-jwt-version`, `v-c-merchant-id`, sent as `Authorization: Bearer <jwt>`.
 *
 * RS256 with `privateKey` + `certificate`, or HS256 with `keyId` + `sharedSecret`. For a P12 file,
 * use `jwtAuth` from `cybersource-jpo/p12`. Invalid options throw `AuthConfigError` at once.
 *
 * @example
 * ```ts
 * const client = createJpoClient({
 *   environment: "test",
 *   auth: jwtAuth({ merchantId: "my_mid", privateKey: keyPem, certificate: certPem }),
 *   // or, with a shared secret key: jwtAuth({ merchantId: "my_mid", keyId, sharedSecret })
 * });
 * ```
 */
export function jwtAuth(options: JwtAuthOptions): SigningStrategy {
  const input = requireOptions(options, "jwtAuth");
  const identity = readJwtIdentity(input);
  if (input["sharedSecret"] !== undefined || input["keyId"] !== undefined) {
    rejectMixed(input, "shared secret", ["privateKey", "certificate"]);
    return sharedSecretJwt(input, identity);
  }
  if (input["privateKey"] === undefined && input["certificate"] === undefined) {
    throw new AuthConfigError(
      "privateKey",
      "jwtAuth needs privateKey and certificate, or keyId and sharedSecret.",
    );
  }
  const privateKey = readPrivateKey(input["privateKey"], "privateKey");
  const certificate = readCertificate(input["certificate"], "certificate");
  return defineJwtStrategy(identity, async () => ({
    alg: "RS256",
    key: await importSigningKey(privateKey, "privateKey"),
    kid: certificate.kid,
    encryption: await loadEncryption(identity),
  }));
}

function sharedSecretJwt(input: Record<string, unknown>, identity: JwtIdentity): SigningStrategy {
  const kid = requireId(input["keyId"], "keyId", "the shared secret's key id");
  const secret = requireSecret(input["sharedSecret"], "sharedSecret");
  return defineJwtStrategy(identity, async () => ({
    alg: "HS256",
    mac: hmacSha256(secret),
    kid,
    encryption: await loadEncryption(identity),
  }));
}
