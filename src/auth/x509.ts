import { copyBytes, type Bytes } from "../internal/bytes.js";
import {
  child,
  children,
  DerError,
  parseDer,
  readOid,
  readText,
  TAG,
  type Der,
} from "../internal/der.js";

/** What the SDK needs from an X.509 certificate. */
export interface Certificate {
  /** The subject's `serialNumber` attribute (OID 2.5.4.5), which Cybersource uses as `kid`. */
  readonly subjectSerialNumber: string | undefined;
  /** The DER SubjectPublicKeyInfo, for `crypto.subtle.importKey("spki", ...)`. */
  readonly spki: Bytes;
}

const SERIAL_NUMBER = "2.5.4.5";

/** Parses a DER certificate; throws `DerError` when it is not one. */
export function parseCertificate(der: Uint8Array): Certificate {
  const tbs = child(parseDer(der), 0, TAG.sequence);
  const fields = children(tbs);
  // The version is an optional [0]; after it: serial, signature, issuer, validity, subject, spki.
  const at = fields[0]?.tag === TAG.context0 ? 1 : 0;
  const subject = fields[at + 4];
  const spki = fields[at + 5];
  if (subject === undefined || spki === undefined) throw new DerError("not an X.509 certificate");
  return { subjectSerialNumber: findAttribute(subject, SERIAL_NUMBER), spki: copyBytes(spki.raw) };
}

// Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY }
function findAttribute(name: Der, oid: string): string | undefined {
  for (const rdn of children(name, TAG.sequence)) {
    for (const attribute of children(rdn, TAG.set)) {
      if (readOid(child(attribute, 0)) === oid) return readText(child(attribute, 1));
    }
  }
  return undefined;
}
