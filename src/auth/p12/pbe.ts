// Password-based decryption of PKCS#12 contents: the legacy PKCS#12 PBE schemes (RFC 7292
// appendix C, pure JS ciphers) and PBES2 (RFC 8018, Web Crypto).
import { utf8, type Bytes } from "../../internal/bytes.js";
import {
  DerError,
  child,
  children,
  readOctets,
  readOid,
  readSmallInteger,
  TAG,
  type Der,
} from "../../internal/der.js";
import { tripleDesCbcDecrypt } from "./des.js";
import { bmpPassword, KDF_PURPOSE, pkcs12Kdf, type HashName } from "./kdf.js";
import { rc2CbcDecrypt } from "./rc2.js";

/** Thrown for an algorithm this reader does not implement. */
export class UnsupportedAlgorithmError extends Error {}

const LEGACY: Record<string, { cipher: "3des" | "rc2"; keyLength: number }> = {
  "1.2.840.113549.1.12.1.3": { cipher: "3des", keyLength: 24 }, // pbeWithSHAAnd3-KeyTripleDES-CBC
  "1.2.840.113549.1.12.1.4": { cipher: "3des", keyLength: 16 }, // pbeWithSHAAnd2-KeyTripleDES-CBC
  "1.2.840.113549.1.12.1.5": { cipher: "rc2", keyLength: 16 }, // pbeWithSHAAnd128BitRC2-CBC
  "1.2.840.113549.1.12.1.6": { cipher: "rc2", keyLength: 5 }, // pbeWithSHAAnd40BitRC2-CBC
};
const PBES2 = "1.2.840.113549.1.5.13";
const PBKDF2 = "1.2.840.113549.1.5.12";
const PRF: Record<string, HashName> = {
  "1.2.840.113549.2.7": "SHA-1",
  "1.2.840.113549.2.9": "SHA-256",
  "1.2.840.113549.2.10": "SHA-384",
  "1.2.840.113549.2.11": "SHA-512",
};
const AES_CBC: Record<string, number> = {
  "2.16.840.1.101.3.4.1.2": 16,
  "2.16.840.1.101.3.4.1.22": 24,
  "2.16.840.1.101.3.4.1.42": 32,
};
const DES_EDE3_CBC = "1.2.840.113549.3.7";

/** Decrypts `data` with the scheme named by the AlgorithmIdentifier `algorithm`. */
export async function pbeDecrypt(
  algorithm: Der,
  data: Uint8Array,
  password: string,
): Promise<Bytes> {
  const oid = readOid(child(algorithm, 0));
  const params = child(algorithm, 1, TAG.sequence);
  const legacy = LEGACY[oid];
  if (legacy !== undefined) return legacyDecrypt(legacy, params, data, password);
  if (oid === PBES2) return pbes2Decrypt(params, data, password);
  throw new UnsupportedAlgorithmError(`unsupported PKCS#12 encryption ${oid}`);
}

async function legacyDecrypt(
  scheme: { cipher: "3des" | "rc2"; keyLength: number },
  params: Der,
  data: Uint8Array,
  password: string,
): Promise<Bytes> {
  const [saltNode, iterationsNode] = children(params);
  if (saltNode === undefined || iterationsNode === undefined) throw new DerError("bad PBE params");
  const salt = readOctets(saltNode);
  const iterations = readSmallInteger(iterationsNode);
  const secret = bmpPassword(password);
  const key = pkcs12Kdf("SHA-1", secret, salt, KDF_PURPOSE.key, iterations, scheme.keyLength);
  const iv = pkcs12Kdf("SHA-1", secret, salt, KDF_PURPOSE.iv, iterations, 8);
  return scheme.cipher === "3des"
    ? tripleDesCbcDecrypt(key, iv, data)
    : rc2CbcDecrypt(key, scheme.keyLength * 8, iv, data);
}

async function pbes2Decrypt(params: Der, data: Uint8Array, password: string): Promise<Bytes> {
  const [kdf, scheme] = children(params);
  if (kdf === undefined || scheme === undefined) throw new DerError("bad PBES2 params");
  if (readOid(child(kdf, 0)) !== PBKDF2)
    throw new UnsupportedAlgorithmError("PBES2 without PBKDF2");
  const [saltNode, iterationsNode, ...rest] = children(child(kdf, 1, TAG.sequence));
  if (saltNode === undefined || iterationsNode === undefined)
    throw new DerError("bad PBKDF2 params");
  // Optional keyLength INTEGER, then optional prf AlgorithmIdentifier (default hmacWithSHA1).
  const prfNode = rest.find((node) => node.tag === TAG.sequence);
  const prfOid = prfNode === undefined ? "1.2.840.113549.2.7" : readOid(child(prfNode, 0));
  const hash = PRF[prfOid];
  const cipherOid = readOid(child(scheme, 0));
  const keyLength = cipherOid === DES_EDE3_CBC ? 24 : AES_CBC[cipherOid];
  if (hash === undefined || keyLength === undefined) {
    throw new UnsupportedAlgorithmError(
      `unsupported PBES2 algorithm ${hash ?? prfOid} ${cipherOid}`,
    );
  }
  const iv = new Uint8Array(readOctets(child(scheme, 1)));
  const base = await crypto.subtle.importKey("raw", utf8(password), "PBKDF2", false, [
    "deriveBits",
  ]);
  const pbkdf2 = {
    name: "PBKDF2",
    hash,
    salt: new Uint8Array(readOctets(saltNode)),
    iterations: readSmallInteger(iterationsNode),
  };
  const key = new Uint8Array(await crypto.subtle.deriveBits(pbkdf2, base, keyLength * 8));
  if (cipherOid === DES_EDE3_CBC) return tripleDesCbcDecrypt(key, iv, data);
  const aes = await crypto.subtle.importKey("raw", key, "AES-CBC", false, ["decrypt"]);
  return new Uint8Array(
    await crypto.subtle.decrypt({ name: "AES-CBC", iv }, aes, new Uint8Array(data)),
  );
}
