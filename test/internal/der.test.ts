import { describe, expect, it } from "vitest";
import {
  children,
  DerError,
  parseDer,
  readOctets,
  readOid,
  readSmallInteger,
  readText,
} from "../../src/internal/der.js";

const hex = (text: string) => new Uint8Array(Buffer.from(text.replace(/ /g, ""), "hex"));

describe("DER reader", () => {
  it("decodes object identifiers, including multi-byte arcs", () => {
    expect(readOid(parseDer(hex("06 03 55 04 05")))).toBe("2.5.4.5");
    expect(readOid(parseDer(hex("06 09 2a 86 48 86 f7 0d 01 0c 01")))).toBe(
      "1.2.840.113549.1.12.1",
    );
    expect(readOid(parseDer(hex("06 09 60 86 48 01 65 03 04 01 2a")))).toBe(
      "2.16.840.1.101.3.4.1.42",
    );
  });

  it("reads long-form lengths and small integers", () => {
    const octets = new Uint8Array(300).fill(7);
    const node = parseDer(new Uint8Array([0x04, 0x82, 0x01, 0x2c, ...octets]));
    expect(readOctets(node)).toEqual(octets);
    expect(readSmallInteger(parseDer(hex("02 02 08 00")))).toBe(2048);
  });

  it("reads BER indefinite lengths and constructed OCTET STRINGs", () => {
    // SEQUENCE (indefinite) { OCTET STRING (constructed, indefinite) { "ab", "cd" }, NULL }
    const node = parseDer(hex("30 80 24 80 04 02 61 62 04 02 63 64 00 00 05 00 00 00"));
    const [octets, nil] = children(node);
    expect(Buffer.from(readOctets(octets!)).toString()).toBe("abcd");
    expect(nil!.tag).toBe(0x05);
  });

  it("decodes BMP, UTF-8 and printable strings", () => {
    expect(readText(parseDer(hex("1e 06 00 43 00 4e 30 42")))).toBe("CNあ");
    expect(readText(parseDer(hex("0c 03 e3 81 82")))).toBe("あ");
    expect(readText(parseDer(hex("13 02 41 42")))).toBe("AB");
  });

  it("throws DerError on truncated, trailing or malformed input", () => {
    for (const bad of ["30 05 02 01", "02 01 00 00", "1f 01 00", "30", "04 85 01 02 03 04 05"]) {
      expect(() => parseDer(hex(bad)), bad).toThrow(DerError);
    }
    expect(() => readText(parseDer(hex("0c 01 ff")))).toThrow(DerError);
    expect(() => readOid(parseDer(hex("06 00")))).toThrow(DerError);
    expect(() => readOid(parseDer(hex("06 02 2a 86")))).toThrow(DerError);
    expect(() => children(parseDer(hex("04 01 00")))).toThrow(DerError);
  });
});
