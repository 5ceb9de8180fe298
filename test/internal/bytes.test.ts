import { describe, expect, test } from "vitest";
import { decodeBase64, encodeBase64, encodeBase64Url } from "../../src/internal/bytes.js";

describe("base64", () => {
  test("encodes every length and byte value as Buffer does", () => {
    for (let length = 0; length < 260; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 167 + length * 31) & 255);
      const expected = Buffer.from(bytes).toString("base64");
      expect(encodeBase64(bytes), `length ${length}`).toBe(expected);
      expect(decodeBase64(expected), `length ${length}`).toEqual(bytes);
      expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
    }
  });

  test("encodes text as base64url of its UTF-8 bytes", () => {
    for (const text of ["", "a", "ab", "abc", '{"alg":"HS256"}', "ヤマダ タロウ", "?>>~~~"]) {
      expect(encodeBase64Url(text), text).toBe(Buffer.from(text).toString("base64url"));
    }
  });

  test("encodes a large payload (an encrypted body) whole", () => {
    const bytes = Uint8Array.from({ length: 200_001 }, (_, i) => (i * 7919) & 255);
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
