import { AuthConfigError } from "./auth-config-error.js";
import { copyBytes, type Bytes } from "../internal/bytes.js";
import { child, DerError, parseDer, readOid, TAG } from "../internal/der.js";
import { decodePem, pemLabel } from "./pem.js";
import { parseCertificate, type Certificate } from "./x509.js";
import { isWebCryptoKey, type WebCryptoKey } from "./web-crypto-key.js";

/** A certificate or key as the caller may pass it: PEM text or DER bytes. */
export type PemOrDer = string | Uint8Array;

const RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
const RS256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const;
const RSA_OAEP_256 = { name: "RSA-OAEP", hash: "SHA-256" } as const;

function toDer(input: unknown, field: string, label: string, what: string): Bytes {
  if (input instanceof Uint8Array && input.length > 0) return copyBytes(input);
  if (typeof input === "string" && input !== "") {
    const der = decodePem(input, label);
    if (der !== undefined) return der;
    const found = pemLabel(input);
    const hint = found === undefined ? "" : ` (found a "${found}" block)`;
    throw new AuthConfigError(
      field,
      `${field} is not a PEM "${label}" block${hint}: pass ${what}.`,
    );
  }
  throw new AuthConfigError(field, `${field} is missing: pass ${what} as PEM text or DER bytes.`);
}

/**
 * Reads an X.509 certificate whose subject carries the `serialNumber` that Cybersource expects
 * as `kid`.
 */
export function readCertificate(input: unknown, field: string): Certificate & { kid: string } {
  const what = "the X.509 certificate";
  let certificate: Certificate;
  try {
    certificate = parseCertificate(toDer(input, field, "CERTIFICATE", what));
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw new AuthConfigError(field, `${field} is not a valid X.509 certificate.`, {
      cause: error,
    });
  }
  const kid = certificate.subjectSerialNumber;
  if (kid === undefined || kid === "") {
    throw new AuthConfigError(
      field,
      `${field} has no serialNumber attribute (OID 2.5.4.5) in its subject; ` +
        "pass the certificate that Cybersource issued with the key.",
    );
  }
  return { ...certificate, kid };
}

/** An RSA private key: PKCS#8 PEM, PKCS#8 DER bytes, or an RS256 signing `CryptoKey`. */
export function readPrivateKey(input: unknown, field: string): Bytes | WebCryptoKey {
  if (isWebCryptoKey(input)) return checkSigningKey(input, field);
  const der = toDer(input, field, "PRIVATE KEY", "an unencrypted PKCS#8 RSA private key");
  try {
    if (readOid(child(child(parseDer(der), 1, TAG.sequence), 0)) === RSA_ENCRYPTION) return der;
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
  }
  throw new AuthConfigError(field, `${field} is not an RSA private key in PKCS#8 form.`);
}

/** Imports a key from {@link readPrivateKey} for RS256 signing. */
export async function importSigningKey(
  key: Bytes | WebCryptoKey,
  field: string,
): Promise<WebCryptoKey> {
  if (isWebCryptoKey(key)) return key;
  try {
    return await crypto.subtle.importKey("pkcs8", key, RS256, false, ["sign"]);
  } catch (error) {
    throw new AuthConfigError(field, `${field} could not be imported as an RSA key.`, {
      cause: error,
    });
  }
}

/** Imports a certificate's public key for RSA-OAEP-256 encryption. */
export async function importEncryptionKey(spki: Bytes, field: string): Promise<WebCryptoKey> {
  try {
    return await crypto.subtle.importKey("spki", spki, RSA_OAEP_256, false, ["encrypt"]);
  } catch (error) {
    throw new AuthConfigError(field, `${field} does not hold an RSA public key.`, { cause: error });
  }
}

function checkSigningKey(key: WebCryptoKey, field: string): WebCryptoKey {
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  if (
    key.type !== "private" ||
    algorithm.name !== RS256.name ||
    algorithm.hash?.name !== RS256.hash ||
    !key.usages.includes("sign")
  ) {
    throw new AuthConfigError(
      field,
      `${field} must be a private RSASSA-PKCS1-v1_5 SHA-256 CryptoKey with the "sign" usage.`,
    );
  }
  return key;
}
