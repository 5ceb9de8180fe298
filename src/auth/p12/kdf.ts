// The PKCS#12 key derivation function (RFC 7292 appendix B.2), used by the legacy PBE schemes and
// by the P12 integrity MAC. It hashes thousands of times in a row (2048 in OpenSSL's files, 10000
// or more in Java's), so it uses @noble/hashes' synchronous hashes: one awaited Web Crypto digest
// per round costs about 100 µs, which made opening a legacy P12 take seconds. The rounds reuse one
// hash state, reset from a fresh one, and hash in place: a new hash object per round doubled the
// time (10,000 SHA-1 rounds: 8 ms against 4 ms warm, 26 ms against 11 ms cold, Node 20).
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2.js";
import type { CHash, Hash } from "@noble/hashes/utils.js";
import { concatBytes, type Bytes } from "../../internal/bytes.js";

export type HashName = "SHA-1" | "SHA-256" | "SHA-384" | "SHA-512";

/** Each hash with its output size `u` and block size `v`, in bytes. */
const HASHES: Record<HashName, { hash: CHash; u: number; v: number }> = {
  "SHA-1": { hash: sha1, u: 20, v: 64 },
  "SHA-256": { hash: sha256, u: 32, v: 64 },
  "SHA-384": { hash: sha384, u: 48, v: 128 },
  "SHA-512": { hash: sha512, u: 64, v: 128 },
};

/** What the derived bytes are for (RFC 7292 B.3). */
export const KDF_PURPOSE = { key: 1, iv: 2, mac: 3 } as const;

/** A password as PKCS#12 feeds it to its KDF: big-endian UTF-16 with a 2-byte terminator. */
export function bmpPassword(password: string): Bytes {
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    out[2 * i] = password.charCodeAt(i) >> 8;
    out[2 * i + 1] = password.charCodeAt(i) & 0xff;
  }
  return out;
}

/** The output size of `hash` in bytes. */
export function hashLength(hash: HashName): number {
  return HASHES[hash].u;
}

function repeatTo(bytes: Uint8Array, length: number): Bytes {
  return Uint8Array.from({ length }, (_, i) => bytes[i % bytes.length]!);
}

/** Replaces `a` (one digest of `hash`) with its hash, `rounds` times over. */
function rehash(hash: CHash, a: Uint8Array, rounds: number): void {
  const fresh: Hash<unknown> = hash.create();
  const state: Hash<unknown> = hash.create();
  for (let round = 0; round < rounds; round++) {
    fresh._cloneInto(state);
    // `update` copies `a` (shorter than a block) into the state before `digestInto` overwrites it.
    state.update(a).digestInto(a);
  }
}

/** Derives `length` bytes from `password` (see {@link bmpPassword}) and `salt`. */
export function pkcs12Kdf(
  name: HashName,
  password: Uint8Array,
  salt: Uint8Array,
  purpose: number,
  iterations: number,
  length: number,
): Bytes {
  const { hash, u, v } = HASHES[name];
  const fill = (bytes: Uint8Array) => repeatTo(bytes, v * Math.ceil(bytes.length / v));
  const d = new Uint8Array(v).fill(purpose);
  const i = concatBytes(fill(salt), fill(password));
  const out = new Uint8Array(length);
  for (let offset = 0; ; offset += u) {
    const a = hash(concatBytes(d, i));
    rehash(hash, a, iterations - 1);
    out.set(a.subarray(0, Math.min(u, length - offset)), offset);
    if (offset + u >= length) return out;
    // I_j = (I_j + B + 1) mod 2^(8v) for each v-byte block I_j of I, where B is A repeated.
    const b = repeatTo(a, v);
    for (let start = 0; start < i.length; start += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = i[start + k]! + b[k]! + carry;
        i[start + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
}
