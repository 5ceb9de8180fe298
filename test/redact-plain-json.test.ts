// `isPlainJson` lets a response read whole skip the redacting copy. It must never say "plain"
// for a text whose parsed value `redact` would change: checked here on generated JSON built from
// every kind of fragment the redaction masks, and near misses of each.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { isPlainJson, redact } from "../src/redact.js";

/** String fragments (as written inside a JSON string) that redact masks. */
const MASKED = [
  "4111111111111111",
  "4111 1111 1111 1111",
  "4111-1111-1111-1111",
  "card 4111111111111111 echoed",
  "%B4111111111111111^TARO/YAMADA^2512101?",
  ";4111111111111111=25121010000000000000?",
  "6843585327946622203059=2512",
  ";4222222222222=2512",
  "1234-4111111111111111",
  "4222222222222",
  "cvv 123",
  "CVC2=1234",
  "security code: 987",
  "eyJhbGciOiJSUzI1NiJ9.eyJqdGkiOiIxIn0.c2ln",
  "\\u0034111111111111111",
];
/** Near misses of those that redact leaves alone: no Luhn, too long, a date, an escaped "eyJ". */
const NEAR_MISS = [
  "4111111111111112",
  "6843585327946622203059",
  "0020230518062213000000000001",
  "2023-05-17T21:22:13Z",
  "\\u0065yJ",
];
const EVERYDAY = ["ヤマダ タロウ", "RTS-Auth", "123456", ""];
const strings = [...MASKED, ...NEAR_MISS, ...EVERYDAY];
const numbers = [
  "4111111111111111",
  "4111111111111112",
  "-4111111111111111",
  "4222222222222",
  "4111111111111111.0",
  "4.111111111111111e15",
  "1E13",
  "1E17",
  "120000",
  "1234567890123.5",
  "12345678901234567890123",
];
/** Keys whose value redact masks wherever they are (the last one is masked as a key). */
const MASKED_KEYS = [
  "number",
  "securityCode",
  "cvv",
  "trackData",
  "track2",
  "jis2TrackData",
  "cryptogram",
  "transientTokenJwt",
  "4111111111111111",
];
/** Keys whose value redact masks only inside `tokenInformation`. */
const TOKEN_KEYS = ["jti", "transientToken"];
/** Keys redact leaves alone, with a string value, anywhere. */
const PLAIN_KEYS = ["tokenInformation", "status", "id", "approvalCode", "salesSlipNumber"];
const keys = [...MASKED_KEYS, ...TOKEN_KEYS, ...PLAIN_KEYS];
const atTop = (key: string) => ({ [key]: "x1" });
const inToken = (key: string) => ({ tokenInformation: { [key]: "x1" } });

/** A small deterministic PRNG (mulberry32), so a failure names a reproducible case. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function jsonText(next: () => number, depth = 0): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const roll = next();
  if (depth < 4 && roll < 0.35) {
    const fields = Array.from(
      { length: 1 + Math.floor(next() * 4) },
      () => `${JSON.stringify(pick(keys))}: ${jsonText(next, depth + 1)}`,
    );
    return `{${fields.join(", ")}}`;
  }
  if (depth < 4 && roll < 0.45) {
    return `[${Array.from({ length: Math.floor(next() * 3) }, () => jsonText(next, depth + 1)).join(",")}]`;
  }
  if (roll < 0.75) return `"${pick(strings)}"`;
  return pick(numbers);
}

describe("isPlainJson", () => {
  test("never calls plain a JSON text whose value redact would change", () => {
    const next = random(20261201);
    let plain = 0;
    for (let i = 0; i < 5_000; i++) {
      const text = jsonText(next);
      const value: unknown = JSON.parse(text);
      if (!isPlainJson(text)) continue;
      plain += 1;
      expect(redact(value), text).toEqual(value);
    }
    // The generator reaches both sides: some texts are plain, most are not.
    expect(plain).toBeGreaterThan(200);
    expect(plain).toBeLessThan(4_000);
  });

  test("each fragment that redact masks makes its text not plain", () => {
    for (const fragment of MASKED) {
      const text = `{"note":"${fragment}"}`;
      const value: unknown = JSON.parse(text);
      expect(redact(value), fragment).not.toEqual(value);
      expect(isPlainJson(text), fragment).toBe(false);
    }
    const masked = [
      ...MASKED_KEYS.map(atTop),
      ...MASKED_KEYS.map(inToken),
      ...TOKEN_KEYS.map(inToken),
    ];
    for (const value of masked) {
      const text = JSON.stringify(value);
      expect(redact(value), text).not.toEqual(value);
      expect(isPlainJson(text), text).toBe(false);
    }
    expect(isPlainJson('{"securityCode":"x1","status":"AUTHORIZED"}')).toBe(false);
  });

  test("redact leaves the near misses and the other keys alone", () => {
    for (const fragment of NEAR_MISS) {
      const value: unknown = JSON.parse(`{"note":"${fragment}"}`);
      expect(redact(value), fragment).toEqual(value);
    }
    const kept = [...TOKEN_KEYS.map(atTop), ...PLAIN_KEYS.map(atTop), ...PLAIN_KEYS.map(inToken)];
    for (const value of kept) expect(redact(value), JSON.stringify(value)).toEqual(value);
  });

  test("Cybersource's published authorization answer is plain, so it is not copied", () => {
    const text = readFileSync("test/fixtures/published-installment-response.json", "utf8");
    expect(isPlainJson(text)).toBe(true);
    expect(redact(JSON.parse(text))).toEqual(JSON.parse(text));
    const echoed = text.replace('"type": "001"', '"type": "001", "number": "4111111111111111"');
    expect(isPlainJson(echoed)).toBe(false);
  });
});
