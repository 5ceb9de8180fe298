// A throwaway RSA key and self-signed certificate made with the system openssl.
import { importPKCS8 } from "jose";
import { OpenSslDir } from "../../helpers/openssl.js";

/** A merchant's RS256 key pair: PEMs, the signing key, and the `kid` (subject serialNumber). */
export interface MerchantCertificate {
  readonly certificate: string;
  readonly privateKeyPem: string;
  readonly privateKey: CryptoKey;
  readonly kid: string;
}

/** A key and a certificate with subject `serialNumber=<serial>,CN=<merchantId>`. */
export async function makeCertificate(
  merchantId: string,
  serial = "7000123456789",
): Promise<MerchantCertificate> {
  const dir = new OpenSslDir();
  try {
    const { key, cert } = dir.keyAndCertificate("merchant", merchantId, serial);
    return {
      certificate: cert,
      privateKeyPem: key,
      privateKey: await importPKCS8(key, "RS256"),
      kid: serial,
    };
  } finally {
    dir.remove();
  }
}
