import { AuthConfigError } from "./auth-config-error.js";
import { utf8, type Bytes } from "../internal/bytes.js";
import { loadJose } from "./jose.js";
import { importEncryptionKey, readCertificate, type PemOrDer } from "./key-material.js";
import type { Certificate } from "./x509.js";
import type { WebCryptoKey } from "./web-crypto-key.js";

/**
 * Request message-level encryption (MLE) for JWT authentication: the body is sent as
 * `{"encryptedRequest":"<JWE>"}`, encrypted to Cybersource's MLE certificate with RSA-OAEP-256 and
 * A256GCM. Cybersource supports MLE with JWT only, so {@link httpSignatureAuth} has no such option.
 */
export interface RequestEncryptionOptions {
  /**
   * Cybersource's MLE certificate (PEM text or DER bytes; in a Cybersource P12 it is the one with
   * `CN=CyberSource_SJC_US`). Its subject `serialNumber` becomes the JWE `kid`.
   */
  readonly certificate: PemOrDer;
}

/** The imported MLE public key and its `kid`. */
export interface EncryptionKey {
  readonly key: WebCryptoKey;
  readonly kid: string;
}

const FIELD = "requestEncryption.certificate";

/** Validates the `requestEncryption` option; `undefined` when encryption is off. */
export function readRequestEncryption(value: unknown): (Certificate & { kid: string }) | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || !("certificate" in value)) {
    throw new AuthConfigError(FIELD, `${FIELD} is missing: pass Cybersource's MLE certificate.`);
  }
  return readCertificate(value.certificate, FIELD);
}

/** Imports the certificate from {@link readRequestEncryption}. */
export async function importRequestEncryption(
  certificate: Certificate & { kid: string },
  field: string = FIELD,
): Promise<EncryptionKey> {
  return { key: await importEncryptionKey(certificate.spki, field), kid: certificate.kid };
}

/**
 * The text of `{"encryptedRequest":"<JWE compact>"}` for `body`, with the protected header
 * `{alg:"RSA-OAEP-256", enc:"A256GCM", cty:"JWT", kid, iat}` that Cybersource's SDK sends.
 */
export async function encryptBody(
  body: string | Bytes,
  encryption: EncryptionKey,
  now: Date,
): Promise<string> {
  const { CompactEncrypt } = await loadJose();
  const jwe = await new CompactEncrypt(typeof body === "string" ? utf8(body) : body)
    .setProtectedHeader({
      alg: "RSA-OAEP-256",
      enc: "A256GCM",
      cty: "JWT",
      kid: encryption.kid,
      iat: Math.floor(now.getTime() / 1000),
    })
    .encrypt(encryption.key);
  return JSON.stringify({ encryptedRequest: jwe });
}
