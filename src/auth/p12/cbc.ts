import type { Bytes } from "../../internal/bytes.js";

/** Thrown when a decrypted message's padding is wrong: in practice, a wrong password. */
export class PaddingError extends Error {}

/** CBC decryption with PKCS#7 padding removal, for the 8-byte block ciphers Web Crypto lacks. */
export function cbcDecrypt(
  data: Uint8Array,
  iv: Uint8Array,
  decryptBlock: (block: Uint8Array) => Uint8Array,
): Bytes {
  const size = iv.length;
  if (data.length === 0 || data.length % size !== 0) {
    throw new PaddingError("ciphertext is not a whole number of blocks");
  }
  const out = new Uint8Array(data.length);
  let previous = iv;
  for (let offset = 0; offset < data.length; offset += size) {
    const block = data.subarray(offset, offset + size);
    const plain = decryptBlock(block);
    for (let i = 0; i < size; i++) out[offset + i] = plain[i]! ^ previous[i]!;
    previous = block;
  }
  const pad = out[out.length - 1]!;
  if (pad < 1 || pad > size || out.subarray(out.length - pad).some((byte) => byte !== pad)) {
    throw new PaddingError("bad padding");
  }
  return out.slice(0, out.length - pad);
}
