import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PaddingError } from "../../../src/auth/p12/cbc.js";
import { tripleDesCbcDecrypt } from "../../../src/auth/p12/des.js";

function encrypt(cipher: string, key: Uint8Array, iv: Uint8Array, plain: Uint8Array): Uint8Array {
  const c = createCipheriv(cipher, key, iv);
  return Buffer.concat([c.update(plain), c.final()]);
}

describe("tripleDesCbcDecrypt", () => {
  it("decrypts what node:crypto's des-ede3-cbc encrypts, for lengths around the block size", () => {
    for (const length of [0, 1, 7, 8, 9, 15, 16, 100, 1234]) {
      const key = randomBytes(24);
      const iv = randomBytes(8);
      const plain = randomBytes(length);
      const out = tripleDesCbcDecrypt(key, iv, encrypt("des-ede3-cbc", key, iv, plain));
      expect(Buffer.from(out).equals(plain), `length ${length}`).toBe(true);
    }
  });

  it("treats a 16-byte key as two-key 3DES (K3 = K1)", () => {
    const key = randomBytes(16);
    const iv = randomBytes(8);
    const plain = randomBytes(40);
    const out = tripleDesCbcDecrypt(key, iv, encrypt("des-ede-cbc", key, iv, plain));
    expect(Buffer.from(out).equals(plain)).toBe(true);
  });

  it("matches the FIPS 81 single-DES example when all three keys are equal", () => {
    // FIPS 81 appendix B: key 0123456789abcdef, "Now is the time for all " in ECB mode; with
    // K1 = K2 = K3, 3DES is single DES. The first block's ciphertext is 3fa40e8a984d4815.
    const key = Buffer.from("0123456789abcdef".repeat(3), "hex");
    const iv = new Uint8Array(8);
    const block = Buffer.from("3fa40e8a984d4815", "hex");
    // CBC with a zero IV on one block is ECB; a padding block chained to it follows.
    const chained = encrypt("des-ede3-cbc", key, block, new Uint8Array(0));
    const out = tripleDesCbcDecrypt(key, iv, Buffer.concat([block, chained]));
    expect(Buffer.from(out).toString("latin1")).toBe("Now is t");
  });

  it("rejects ciphertext whose padding is wrong, as a wrong key produces", () => {
    const key = randomBytes(24);
    const iv = randomBytes(8);
    const data = encrypt("des-ede3-cbc", key, iv, Buffer.from("0123456789abcdef"));
    const wrong = Buffer.from(key);
    wrong[0] = wrong[0]! ^ 0xfe;
    expect(() => tripleDesCbcDecrypt(wrong, iv, data)).toThrow(PaddingError);
    expect(() => tripleDesCbcDecrypt(key, iv, data.subarray(0, 12))).toThrow(PaddingError);
  });
});
