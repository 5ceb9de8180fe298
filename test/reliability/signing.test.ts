// Signature edge cases: bodies with emoji, combining marks, half-width katakana, U+2028 and the
// like are signed by the SDK and verified by the mock byte for byte, and match node:crypto.
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { httpSignatureAuth } from "../../src/auth/http-signature.js";
import { verifyHttpSignature } from "../../src/mock/http-signature-verify.js";
import { resolveOptions } from "../../src/mock/options.js";
import { installmentRequest, mutable } from "../support/requests.js";
import { signingVectors } from "../auth/signing-vectors.js";
import { chars } from "./arbitraries.js";
import { clientFor, keyId, merchantId, NOW, sharedSecret, startMock } from "./support.js";

const edgeCases = {
  emoji: /\p{Extended_Pictographic}/u,
  "a combining mark": /\p{M}/u,
  "half-width katakana": /[\uFF65-\uFF9F]/u,
  "U+2028": /\u2028/u,
  kanji: /\p{Script=Han}/u,
};

describe("the shared signing vectors (test/signing-vectors.ts, run in every runtime)", () => {
  test.each(Object.entries(edgeCases))("include a body with %s", (_, pattern) => {
    expect(signingVectors.some((vector) => pattern.test(vector.body ?? ""))).toBe(true);
  });
});

const tricky = fc.oneof(
  chars.emoji,
  chars.combining,
  chars.halfWidthKatakana,
  chars.katakana,
  chars.kanji,
  chars.separator,
  chars.any,
  chars.loneSurrogate,
  fc.constantFrom('"', "\\", "\u{1f363}\u200d\u{1f525}", "e\u0301", "\ufeff"),
);
const body = fc
  .array(tricky, { maxLength: 40 })
  .map((parts) => JSON.stringify({ businessName: parts.join("") }));

describe("HTTP Signature over tricky bodies", () => {
  test("the SDK's signature equals node:crypto's and the mock verifies it", async () => {
    const auth = httpSignatureAuth({ merchantId, keyId, sharedSecret, now: () => NOW });
    const options = await resolveOptions({ merchantId, keyId, sharedSecret, now: () => NOW });
    const url = "http://127.0.0.1:8080/pts/v2/payments";
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const signed = await auth.sign(new Request(url, { method: "POST", body: text }));
        const bytes = Buffer.from(await signed.arrayBuffer());
        // What was signed is what is sent: the UTF-8 of the text (lone surrogates as U+FFFD).
        expect(bytes.equals(Buffer.from(text, "utf8"))).toBe(true);
        const digest = `SHA-256=${createHash("sha256").update(text, "utf8").digest("base64")}`;
        expect(signed.headers.get("digest")).toBe(digest);
        const lines = [
          "host: 127.0.0.1:8080",
          `date: ${NOW.toUTCString()}`,
          "request-target: post /pts/v2/payments",
          `digest: ${digest}`,
          `v-c-merchant-id: ${merchantId}`,
        ].join("\n");
        const mac = createHmac("sha256", Buffer.from(sharedSecret, "base64")).update(lines);
        expect(signed.headers.get("signature")).toContain(`signature="${mac.digest("base64")}"`);
        const headers = Object.fromEntries(signed.headers);
        const received = { method: "POST", target: "/pts/v2/payments", path: "/pts/v2/payments" };
        expect(verifyHttpSignature({ ...received, headers, body: bytes }, options, NOW)).toBe(
          undefined,
        );
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  test("authorizations with such names are verified and approved by the mock", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url);
    const names: [string, string, string][] = [
      ["株式会社テスト\u{1f363}", "ｶﾌﾞｼｷｶﾞｲｼｬﾃｽﾄ", "Cafe Test"],
      ["カフェ\u0301・ドゥ", "カフェ ドゥ", "Cafe Du"],
      ["東京\u3000本店\u{20bb7}", "トウキョウ　ホンテン", "Tokyo 1"],
      ["\u{1f468}\u{1f3fb}\u{1f469}\u{1f467}商店", "ｼｮｳﾃﾝ･ﾜｶﾞｼｬ", "Shoten"],
    ];
    for (const [businessName, businessNameKatakana, businessNameAlphaNumeric] of names) {
      const request = mutable(installmentRequest());
      Object.assign(request.processingInformation.japanPaymentOptions, {
        businessName,
        businessNameKatakana,
        businessNameAlphaNumeric,
      });
      request.orderInformation.billTo.address1 = `${businessName} 1-1`;
      expect((await client.authorize(request)).status).toBe("AUTHORIZED");
    }
    expect(mock.authorizations).toHaveLength(names.length);
  });
});
