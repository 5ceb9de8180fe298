// Reads a PKCS#12 (P12/PFX) file (RFC 7292): integrity MAC, then the certificates and private keys.
import { copyBytes, equalBytes, type Bytes } from "../../internal/bytes.js";
import {
  DerError,
  child,
  children,
  parseDer,
  readOctets,
  readOid,
  readSmallInteger,
  readText,
  TAG,
  type Der,
} from "../../internal/der.js";
import { bmpPassword, hashLength, KDF_PURPOSE, pkcs12Kdf, type HashName } from "./kdf.js";
import { pbeDecrypt, UnsupportedAlgorithmError } from "./pbe.js";

/** The parts of a PFX that are readable without the password. */
export interface Pfx {
  /** The DER AuthenticatedSafe, which the MAC covers. */
  readonly authSafe: Uint8Array;
  /** The MacData, absent in files made without integrity protection. */
  readonly macData: Der | undefined;
}

/** What a P12 holds, in file order. */
export interface P12Contents {
  readonly certificates: { readonly friendlyName: string | undefined; readonly der: Bytes }[];
  /** PKCS#8 PrivateKeyInfo of each keyBag. */
  readonly keyBags: Bytes[];
  /** PKCS#8 PrivateKeyInfo of each pkcs8ShroudedKeyBag, decrypted. */
  readonly shroudedKeyBags: Bytes[];
}

/** Thrown when the MAC does not match: the password is wrong (or the file was altered). */
export class MacMismatchError extends Error {}

const OID = {
  data: "1.2.840.113549.1.7.1",
  encryptedData: "1.2.840.113549.1.7.6",
  keyBag: "1.2.840.113549.1.12.10.1.1",
  shroudedKeyBag: "1.2.840.113549.1.12.10.1.2",
  certBag: "1.2.840.113549.1.12.10.1.3",
  safeContentsBag: "1.2.840.113549.1.12.10.1.6",
  x509Certificate: "1.2.840.113549.1.9.22.1",
  friendlyName: "1.2.840.113549.1.9.20",
};
const MAC_HASHES: Record<string, HashName> = {
  "1.3.14.3.2.26": "SHA-1",
  "2.16.840.1.101.3.4.2.1": "SHA-256",
  "2.16.840.1.101.3.4.2.2": "SHA-384",
  "2.16.840.1.101.3.4.2.3": "SHA-512",
};

/** `[0] EXPLICIT` content of a ContentInfo or SafeBag. */
const explicit = (node: Der, index: number): Der => child(child(node, index, TAG.context0), 0);

/** Parses the outer structure; throws `DerError` when `bytes` is not a password-mode PFX. */
export function parsePfx(bytes: Uint8Array): Pfx {
  const [version, authSafe, macData] = children(parseDer(bytes), TAG.sequence);
  if (version === undefined || authSafe === undefined || readSmallInteger(version) !== 3) {
    throw new DerError("not a PKCS#12 v3 file");
  }
  if (readOid(child(authSafe, 0)) !== OID.data) throw new DerError("PKCS#12 not in password mode");
  return { authSafe: readOctets(explicit(authSafe, 1)), macData };
}

/** Checks the integrity MAC (RFC 7292 §5: HMAC keyed by the PKCS#12 KDF with purpose 3). */
export async function verifyMac(pfx: Pfx, password: string): Promise<void> {
  if (pfx.macData === undefined) return;
  const [digestInfo, saltNode, iterationsNode] = children(pfx.macData, TAG.sequence);
  if (digestInfo === undefined || saltNode === undefined) throw new DerError("bad MacData");
  const oid = readOid(child(child(digestInfo, 0, TAG.sequence), 0));
  const hash = MAC_HASHES[oid];
  if (hash === undefined) throw new UnsupportedAlgorithmError(`unsupported PKCS#12 MAC ${oid}`);
  const iterations = iterationsNode === undefined ? 1 : readSmallInteger(iterationsNode);
  const salt = readOctets(saltNode);
  const secret = bmpPassword(password);
  const macKey = pkcs12Kdf(hash, secret, salt, KDF_PURPOSE.mac, iterations, hashLength(hash));
  const key = await crypto.subtle.importKey("raw", macKey, { name: "HMAC", hash }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, copyBytes(pfx.authSafe)));
  if (!equalBytes(mac, readOctets(child(digestInfo, 1))))
    throw new MacMismatchError("MAC mismatch");
}

/** Decrypts and collects every certificate and private key. */
export async function readContents(pfx: Pfx, password: string): Promise<P12Contents> {
  const contents: P12Contents = { certificates: [], keyBags: [], shroudedKeyBags: [] };
  for (const info of children(parseDer(pfx.authSafe), TAG.sequence)) {
    const type = readOid(child(info, 0));
    if (type === OID.data) {
      await readSafeContents(parseDer(readOctets(explicit(info, 1))), password, contents);
    } else if (type === OID.encryptedData) {
      // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo { type, algorithm, [0] IMPLICIT data } }
      const [, algorithm, data] = children(child(explicit(info, 1), 1, TAG.sequence));
      if (algorithm === undefined || data === undefined) throw new DerError("bad EncryptedData");
      const plain = await pbeDecrypt(algorithm, readOctets(data, 0x80), password);
      await readSafeContents(parseDer(plain), password, contents);
    } else {
      throw new UnsupportedAlgorithmError(`unsupported PKCS#12 content type ${type}`);
    }
  }
  return contents;
}

async function readSafeContents(safe: Der, password: string, out: P12Contents): Promise<void> {
  for (const bag of children(safe, TAG.sequence)) {
    const attributes = children(bag, TAG.sequence)[2];
    const value = explicit(bag, 1);
    switch (readOid(child(bag, 0))) {
      case OID.keyBag:
        out.keyBags.push(copyBytes(value.raw));
        break;
      case OID.shroudedKeyBag:
        out.shroudedKeyBags.push(
          await pbeDecrypt(child(value, 0), readOctets(child(value, 1)), password),
        );
        break;
      case OID.certBag:
        if (readOid(child(value, 0)) === OID.x509Certificate) {
          const der = copyBytes(readOctets(explicit(value, 1)));
          out.certificates.push({ friendlyName: friendlyName(attributes), der });
        }
        break;
      case OID.safeContentsBag:
        await readSafeContents(value, password, out);
        break;
      default: // crlBag, secretBag: not needed
    }
  }
}

function friendlyName(attributes: Der | undefined): string | undefined {
  for (const attribute of attributes === undefined ? [] : children(attributes, TAG.set)) {
    if (readOid(child(attribute, 0)) === OID.friendlyName) {
      const first = children(child(attribute, 1, TAG.set))[0];
      return first === undefined ? undefined : readText(first);
    }
  }
  return undefined;
}
