import { describe, expect, it } from "vitest";
import { PaddingError } from "../../../src/auth/p12/cbc.js";
import { rc2CbcDecrypt, rc2DecryptBlock } from "../../../src/auth/p12/rc2.js";

const hex = (text: string) => Buffer.from(text.replace(/ /g, ""), "hex");

// RFC 2268 section 5: key, effective key bits, plaintext, ciphertext.
const VECTORS: [string, number, string, string][] = [
  ["0000000000000000", 63, "0000000000000000", "ebb773f993278eff"],
  ["ffffffffffffffff", 64, "ffffffffffffffff", "278b27e42e2f0d49"],
  ["3000000000000000", 64, "1000000000000001", "30649edf9be7d2c2"],
  ["88", 64, "0000000000000000", "61a8a244adacccf0"],
  ["88bca90e90875a", 64, "0000000000000000", "6ccf4308974c267f"],
  ["88bca90e90875a7f0f79c384627bafb2", 64, "0000000000000000", "1a807d272bbe5db1"],
  ["88bca90e90875a7f0f79c384627bafb2", 128, "0000000000000000", "2269552ab0f85ca6"],
  [
    "88bca90e90875a7f0f79c384627bafb216f80a6f85920584c42fceb0be255daf1e",
    129,
    "0000000000000000",
    "5b78d3a43dfff1f1",
  ],
];

describe("rc2DecryptBlock", () => {
  it.each(VECTORS)(
    "decrypts the RFC 2268 vector for key %s, %i bits",
    (key, bits, plain, cipher) => {
      expect(Buffer.from(rc2DecryptBlock(hex(key), bits, hex(cipher))).toString("hex")).toBe(plain);
    },
  );
});

describe("rc2CbcDecrypt", () => {
  // Without an RC2 encryptor, build CBC ciphertext backwards from the block decryption:
  // P[i] = D(C[i]) ^ C[i-1], so C[i-1] = D(C[i]) ^ P[i] and IV = D(C[0]) ^ P[0].
  const key = hex("0102030405");
  const xor = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.map((byte, i) => byte ^ b[i]!));
  const c2 = hex("8899aabbccddeeff");
  const c1 = xor(rc2DecryptBlock(key, 40, c2), Buffer.alloc(8, 8));
  const iv = xor(rc2DecryptBlock(key, 40, c1), Buffer.from("12345678"));

  it("chains blocks through the IV and strips PKCS#7 padding", () => {
    const out = rc2CbcDecrypt(key, 40, iv, Buffer.concat([c1, c2]));
    expect(Buffer.from(out).toString()).toBe("12345678");
  });

  it("rejects a wrong key through the padding check", () => {
    expect(() => rc2CbcDecrypt(hex("0102030406"), 40, iv, Buffer.concat([c1, c2]))).toThrow(
      PaddingError,
    );
  });
});
