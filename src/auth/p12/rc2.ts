// RC2 (RFC 2268) decryption for legacy PKCS#12 files, whose certificates OpenSSL's `-legacy` and
// Java encrypt with pbeWithSHAAnd40BitRC2-CBC. Web Crypto has no RC2.
import type { Bytes } from "../../internal/bytes.js";
import { cbcDecrypt } from "./cbc.js";

// RFC 2268 section 2: a permutation of 0..255 based on the digits of pi, one row of 16 per line.
const PITABLE = Uint8Array.from(
  [
    "d9 78 f9 c4 19 dd b5 ed 28 e9 fd 79 4a a0 d8 9d",
    "c6 7e 37 83 2b 76 53 8e 62 4c 64 88 44 8b fb a2",
    "17 9a 59 f5 87 b3 4f 13 61 45 6d 8d 09 81 7d 32",
    "bd 8f 40 eb 86 b7 7b 0b f0 95 21 22 5c 6b 4e 82",
    "54 d6 65 93 ce 60 b2 1c 73 56 c0 14 a7 8c f1 dc",
    "12 75 ca 1f 3b be e4 d1 42 3d d4 30 a3 3c b6 26",
    "6f bf 0e da 46 69 07 57 27 f2 1d 9b bc 94 43 03",
    "f8 11 c7 f6 90 ef 3e e7 06 c3 d5 2f c8 66 1e d7",
    "08 e8 ea de 80 52 ee f7 84 aa 72 ac 35 4d 6a 2a",
    "96 1a d2 71 5a 15 49 74 4b 9f d0 5e 04 18 a4 ec",
    "c2 e0 41 6e 0f 51 cb cc 24 91 af 50 a1 f4 70 39",
    "99 7c 3a 85 23 b8 b4 7a fc 02 36 5b 25 55 97 31",
    "2d 5d fa 98 e3 8a 92 ae 05 df 29 10 67 6c ba c9",
    "d3 00 e6 cf e1 9e a8 2c 63 16 01 3f 58 e2 89 a9",
    "0d 38 34 1b ab 33 ff b0 bb 48 0c 5f b9 b1 cd 2e",
    "c5 f3 db 47 e5 a5 9c 77 0a a6 20 68 fe 7f c1 ad",
  ]
    .join(" ")
    .split(" "),
  (hex) => parseInt(hex, 16),
);

/** The 64 16-bit subkeys for `key` with `effectiveBits` effective key bits (RFC 2268 §2). */
function expandKey(key: Uint8Array, effectiveBits: number): Uint16Array {
  const l = new Uint8Array(128);
  l.set(key);
  for (let i = key.length; i < 128; i++) {
    l[i] = PITABLE[(l[i - 1]! + l[i - key.length]!) & 0xff]!;
  }
  const t8 = (effectiveBits + 7) >> 3;
  const tm = 0xff % 2 ** (8 + effectiveBits - 8 * t8);
  l[128 - t8] = PITABLE[l[128 - t8]! & tm]!;
  for (let i = 127 - t8; i >= 0; i--) l[i] = PITABLE[l[i + 1]! ^ l[i + t8]!]!;
  return Uint16Array.from({ length: 64 }, (_, i) => l[2 * i]! | (l[2 * i + 1]! << 8));
}

const ROTATE = [1, 2, 3, 5];

/** One RC2 block decryption (RFC 2268 §4): 5 r-mixing, r-mash, 6 r-mixing, r-mash, 5 r-mixing. */
function decryptBlock(k: Uint16Array, block: Uint8Array): Bytes {
  const r = Uint16Array.from({ length: 4 }, (_, i) => block[2 * i]! | (block[2 * i + 1]! << 8));
  let j = 63;
  const rMix = () => {
    for (let i = 3; i >= 0; i--) {
      const s = ROTATE[i]!;
      r[i] = (r[i]! >> s) | (r[i]! << (16 - s));
      r[i] =
        r[i]! -
        k[j--]! -
        (r[(i + 3) & 3]! & r[(i + 2) & 3]!) -
        (~r[(i + 3) & 3]! & r[(i + 1) & 3]!);
    }
  };
  const rMash = () => {
    for (let i = 3; i >= 0; i--) r[i] = r[i]! - k[r[(i + 3) & 3]! & 63]!;
  };
  for (const [mixes, mash] of [
    [5, true],
    [6, true],
    [5, false],
  ] as const) {
    for (let n = 0; n < mixes; n++) rMix();
    if (mash) rMash();
  }
  return Uint8Array.from({ length: 8 }, (_, i) => (r[i >> 1]! >> ((i & 1) * 8)) & 0xff);
}

/** RC2-CBC decryption with PKCS#7 unpadding. */
export function rc2CbcDecrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  data: Uint8Array,
): Bytes {
  const k = expandKey(key, effectiveBits);
  return cbcDecrypt(data, iv, (block) => decryptBlock(k, block));
}

/** Exposed for the RFC 2268 known-answer tests, which are single ECB blocks. */
export function rc2DecryptBlock(key: Uint8Array, effectiveBits: number, block: Uint8Array): Bytes {
  return decryptBlock(expandKey(key, effectiveBits), block);
}
