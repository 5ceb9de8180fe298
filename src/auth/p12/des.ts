// Triple DES (FIPS 46-3, SP 800-67) decryption for legacy PKCS#12 files: Web Crypto has no DES.
// Written from the standard's tables, bit by bit for clarity; it only ever decrypts a few kB.
import type { Bytes } from "../../internal/bytes.js";
import { cbcDecrypt } from "./cbc.js";

type Bits = Uint8Array<ArrayBuffer>;

// prettier-ignore
const IP = [58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22,
  14, 6, 64, 56, 48, 40, 32, 24, 16, 8, 57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11,
  3, 61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31, 23, 15, 7];
// prettier-ignore
const E = [32, 1, 2, 3, 4, 5, 4, 5, 6, 7, 8, 9, 8, 9, 10, 11, 12, 13, 12, 13, 14, 15, 16, 17, 16,
  17, 18, 19, 20, 21, 20, 21, 22, 23, 24, 25, 24, 25, 26, 27, 28, 29, 28, 29, 30, 31, 32, 1];
// prettier-ignore
const P = [16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3,
  9, 19, 13, 30, 6, 22, 11, 4, 25];
// prettier-ignore
const PC1 = [57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19,
  11, 3, 60, 52, 44, 36, 63, 55, 47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45,
  37, 29, 21, 13, 5, 28, 20, 12, 4];
// prettier-ignore
const PC2 = [14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13,
  2, 41, 52, 31, 37, 47, 55, 30, 40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32];
const SHIFTS = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
// S1..S8, each 4 rows of 16 values, one hex digit per value.
const SBOXES = [
  "e4d12fb83a6c59070f74e2d1a6cb953841e8d62bfc973a50fc8249175b3ea06d",
  "f18e6b34972dc05a3d47f28ec01a69b50e7ba4d158c6932fd8a13f42b67c05e9",
  "a09e63f51dc7b428d709346a285ecbf1d6498f30b12c5ae71ad069874fe3b52c",
  "7de3069a1285bc4fd8b56f03472c1ae9a690cb7df13e52843f06a1d8945bc72e",
  "2c417ab6853fd0e9eb2c47d150fa3986421bad78f9c5630eb8c71e2d6f09a453",
  "c1af92680d34e75baf427c9561de0b389ef528c3704a1db6432c95fabe17608d",
  "4b2ef08d3c975a61d0b7491ae35c2f8614bdc37eaf6805926bd814a7950fe23c",
  "d2846fb1a93e50c71fd8a374c56b0e927b419ce206adf35821e74a8dfc90356b",
].map((hex) => Array.from(hex, (digit) => parseInt(digit, 16)));
const FP = IP.map((_, i) => IP.indexOf(i + 1) + 1);

// Plain loops over preallocated arrays: `Uint8Array.from` with a mapping function and array
// spreads made opening a Java-style P12 (a 3DES key bag) take about 30 ms more.
function permute(bits: Bits, table: readonly number[]): Bits {
  const out = new Uint8Array(table.length);
  for (let i = 0; i < table.length; i++) out[i] = bits[table[i]! - 1]!;
  return out;
}
function xor(a: Bits, b: Bits): Bits {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}
function concat(a: Bits, b: Bits): Bits {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
const rotate = (bits: Bits, n: number): Bits => concat(bits.subarray(n), bits.subarray(0, n));
function toBits(bytes: Uint8Array): Bits {
  const out = new Uint8Array(bytes.length * 8);
  for (let i = 0; i < out.length; i++) out[i] = (bytes[i >> 3]! >> (7 - (i & 7))) & 1;
  return out;
}
function toBytes(bits: Bits): Bytes {
  const out = new Uint8Array(bits.length / 8);
  for (let i = 0; i < bits.length; i++) out[i >> 3] = (out[i >> 3]! << 1) | bits[i]!;
  return out;
}

/** The 16 round keys of an 8-byte DES key. */
function roundKeys(key: Uint8Array): Bits[] {
  const cd = permute(toBits(key), PC1);
  let c = cd.slice(0, 28);
  let d = cd.slice(28);
  return SHIFTS.map((shift) => {
    c = rotate(c, shift);
    d = rotate(d, shift);
    return permute(concat(c, d), PC2);
  });
}

function feistel(right: Bits, key: Bits): Bits {
  const x = xor(permute(right, E), key);
  const out = new Uint8Array(32);
  SBOXES.forEach((box, i) => {
    const b = x.subarray(i * 6, i * 6 + 6);
    const value = box[(b[0]! * 2 + b[5]!) * 16 + b[1]! * 8 + b[2]! * 4 + b[3]! * 2 + b[4]!]!;
    for (let k = 0; k < 4; k++) out[i * 4 + k] = (value >> (3 - k)) & 1;
  });
  return permute(out, P);
}

/** One DES block with the given round keys (reversed for decryption). */
function desBlock(block: Bits, keys: readonly Bits[]): Bits {
  const x = permute(block, IP);
  let left = x.slice(0, 32);
  let right = x.slice(32);
  for (const key of keys) [left, right] = [right, xor(left, feistel(right, key))];
  return permute(concat(right, left), FP);
}

/**
 * DES-EDE3-CBC decryption with PKCS#7 unpadding. A 16-byte key is two-key 3DES (K3 = K1).
 */
export function tripleDesCbcDecrypt(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Bytes {
  const k1 = roundKeys(key.subarray(0, 8));
  const k2 = roundKeys(key.subarray(8, 16));
  const k3 = key.length >= 24 ? roundKeys(key.subarray(16, 24)) : k1;
  const [d1, d3] = [[...k1].reverse(), [...k3].reverse()];
  return cbcDecrypt(data, iv, (block) =>
    toBytes(desBlock(desBlock(desBlock(toBits(block), d3), k2), d1)),
  );
}
