import { concatBytes } from "./bytes.js";

/** Thrown on input that is not the expected ASN.1; callers turn it into an `AuthConfigError`. */
export class DerError extends Error {}

/** One ASN.1 element (tag, length, value) in a BER/DER buffer. Single-byte tags only. */
export interface Der {
  /** The identifier octet, e.g. `0x30` for SEQUENCE. */
  readonly tag: number;
  /** The content octets (without the end-of-contents marker for indefinite lengths). */
  readonly value: Uint8Array;
  /** The whole element, header included. */
  readonly raw: Uint8Array;
}

export const TAG = {
  integer: 0x02,
  octetString: 0x04,
  oid: 0x06,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
} as const;

const CONSTRUCTED = 0x20;

/** Reads the element at `offset`; `end` is where the next one starts. */
function readAt(bytes: Uint8Array, offset: number): { node: Der; end: number } {
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  if (tag === undefined || length === undefined) throw new DerError("truncated ASN.1");
  if ((tag & 0x1f) === 0x1f) throw new DerError("multi-byte ASN.1 tags are not supported");
  let start = offset + 2;
  if (length === 0x80) return readIndefinite(bytes, offset, start, tag);
  if (length > 0x80) {
    const count = length & 0x7f;
    if (count > 4) throw new DerError("ASN.1 length too large");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? Number.NaN);
    start += count;
  }
  const end = start + length;
  if (!(end <= bytes.length)) throw new DerError("truncated ASN.1");
  return {
    node: { tag, value: bytes.subarray(start, end), raw: bytes.subarray(offset, end) },
    end,
  };
}

// BER indefinite length (some PKCS#12 writers use it): children up to an end-of-contents 00 00.
function readIndefinite(bytes: Uint8Array, offset: number, start: number, tag: number) {
  if ((tag & CONSTRUCTED) === 0) throw new DerError("indefinite length on a primitive element");
  let cursor = start;
  while (bytes[cursor] !== 0 || bytes[cursor + 1] !== 0) {
    if (cursor >= bytes.length) throw new DerError("truncated ASN.1");
    cursor = readAt(bytes, cursor).end;
  }
  const end = cursor + 2;
  return {
    node: { tag, value: bytes.subarray(start, cursor), raw: bytes.subarray(offset, end) },
    end,
  };
}

/** Parses `bytes` as exactly one element. */
export function parseDer(bytes: Uint8Array): Der {
  const { node, end } = readAt(bytes, 0);
  if (end !== bytes.length) throw new DerError("trailing bytes after ASN.1");
  return node;
}

/** The children of a constructed element, optionally checking its tag first. */
export function children(node: Der, tag?: number): Der[] {
  if (tag !== undefined) expectTag(node, tag);
  if ((node.tag & CONSTRUCTED) === 0) throw new DerError("expected a constructed ASN.1 element");
  const out: Der[] = [];
  for (let offset = 0; offset < node.value.length;) {
    const { node: child, end } = readAt(node.value, offset);
    out.push(child);
    offset = end;
  }
  return out;
}

/** The `index`-th child; throws when it is missing. */
export function child(node: Der, index: number, tag?: number): Der {
  const found = children(node)[index];
  if (found === undefined) throw new DerError("missing ASN.1 element");
  if (tag !== undefined) expectTag(found, tag);
  return found;
}

export function expectTag(node: Der, tag: number): Der {
  if (node.tag !== tag) throw new DerError(`unexpected ASN.1 tag 0x${node.tag.toString(16)}`);
  return node;
}

/** An OBJECT IDENTIFIER in dotted form, e.g. `2.5.4.5`. */
export function readOid(node: Der): string {
  const { value } = expectTag(node, TAG.oid);
  if (value.length === 0 || (value[value.length - 1]! & 0x80) !== 0) {
    throw new DerError("malformed OBJECT IDENTIFIER");
  }
  const arcs: number[] = [];
  let arc = 0;
  for (const byte of value) {
    arc = arc * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (arcs.length === 0)
        arcs.push(arc < 80 ? Math.floor(arc / 40) : 2, arc < 80 ? arc % 40 : arc - 80);
      else arcs.push(arc);
      arc = 0;
    }
  }
  return arcs.join(".");
}

/** A non-negative INTEGER that fits a JavaScript number (iteration counts, versions). */
export function readSmallInteger(node: Der): number {
  const { value } = expectTag(node, TAG.integer);
  if (value.length === 0 || value.length > 6 || (value[0]! & 0x80) !== 0) {
    throw new DerError("ASN.1 INTEGER out of range");
  }
  return value.reduce((sum, byte) => sum * 256 + byte, 0);
}

/**
 * The octets of an OCTET STRING, or of an implicitly tagged one (`tag`), joining the segments of
 * a BER constructed encoding.
 */
export function readOctets(node: Der, tag: number = TAG.octetString): Uint8Array {
  if (node.tag === (tag & ~CONSTRUCTED)) return node.value;
  if (node.tag === (tag | CONSTRUCTED)) {
    return concatBytes(...children(node).map((part) => readOctets(part, TAG.octetString)));
  }
  throw new DerError(`unexpected ASN.1 tag 0x${node.tag.toString(16)}`);
}

/** A directory or attribute string: UTF8String, PrintableString, IA5String, BMPString, T61String. */
export function readText(node: Der): string {
  switch (node.tag) {
    case 0x0c:
      try {
        return new TextDecoder("utf-8", { fatal: true }).decode(node.value);
      } catch {
        throw new DerError("invalid UTF8String");
      }
    case 0x1e:
      return readBmp(node.value);
    case 0x13:
    case 0x16:
    case 0x14:
      return String.fromCharCode(...node.value);
    default:
      throw new DerError(`unsupported ASN.1 string tag 0x${node.tag.toString(16)}`);
  }
}

// BMPString is big-endian UTF-16; TextDecoder's "utf-16be" is missing from small-ICU runtimes.
function readBmp(bytes: Uint8Array): string {
  if (bytes.length % 2 !== 0) throw new DerError("odd-length BMPString");
  const units: number[] = [];
  for (let i = 0; i < bytes.length; i += 2) units.push(bytes[i]! * 256 + bytes[i + 1]!);
  return String.fromCharCode(...units);
}
