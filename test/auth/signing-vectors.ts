// Known-answer data for the signing suite. Web-standard globals only (see signing-suite.ts).

export interface HttpSignatureVector {
  readonly name: string;
  readonly merchantId: string;
  readonly keyId: string;
  readonly sharedSecret: string;
  readonly portfolioId?: string;
  readonly date: string;
  readonly method: string;
  readonly url: string;
  readonly body?: string;
  readonly host: string;
  readonly digest?: string;
  /** The bare base64 HMAC inside the `signature` header. */
  readonly signature: string;
}

const FACTS = {
  merchantId: "test_merchant",
  keyId: "00000000-0000-0000-0000-000000000000",
  sharedSecret: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
  date: "Thu, 01 Jan 2026 00:00:00 GMT",
};
const PAYMENTS = "https://apitest.cybersource.com/pts/v2/payments";
const JPO_BODY =
  '{"clientReferenceInformation":{"code":"ORDER-1","transactionId":"TX-0001"},' +
  '"processingInformation":{"japanPaymentOptions":{"paymentMethod":"61","installments":"12",' +
  '"firstBillingMonth":"05","businessName":"我社","businessNameKatakana":"ワガシャ",' +
  '"businessNameAlphaNumeric":"OurStore"}},' +
  '"orderInformation":{"amountDetails":{"totalAmount":"10000","currency":"JPY"}}}';

/**
 * The first two and the "toolchain" vector are published known answers (computed with
 * Cybersource's SDK 0.0.83); the rest were computed independently with node:crypto and are
 * re-checked against node:crypto and the official SDK by the Node test suite.
 */
export const signingVectors: readonly HttpSignatureVector[] = [
  {
    name: "facts: JPO installment POST",
    ...FACTS,
    method: "POST",
    url: PAYMENTS,
    body: JPO_BODY,
    host: "apitest.cybersource.com",
    digest: "SHA-256=jnLJHHtPJS+2a1MPdFlc5h0etk1Gl6gaInSkuduVJUo=",
    signature: "Ac2YGeCUAfzAbL+x9M4GuqCwDzAMpk5qq/yvheffA1A=",
  },
  {
    name: "facts: GET a payment",
    ...FACTS,
    method: "GET",
    url: `${PAYMENTS}/1234567890123456789012`,
    host: "apitest.cybersource.com",
    signature: "M4YC/yqHy6wUPCmxAebo62qu/QF9PWgT0/GcW8XMu7k=",
  },
  {
    name: "toolchain: ASCII POST",
    merchantId: "test_merchant",
    keyId: "00000000-0000-4000-8000-000000000001",
    sharedSecret: "ZmFrZS1zZWNyZXQtZm9yLW9mZmxpbmUtdGVzdHMtMzI=",
    date: "Tue, 25 Nov 2025 10:00:00 GMT",
    method: "POST",
    url: PAYMENTS,
    body: '{"clientReferenceInformation":{"code":"TC50171_3"},"orderInformation":{"amountDetails":{"totalAmount":"102.21","currency":"USD"}}}',
    host: "apitest.cybersource.com",
    digest: "SHA-256=rF9mfJHA9pS+FDJOW9yznnHnEgzwY9seZwrgVmnhcZ8=",
    signature: "EFOr4Xt5wn8WjNwv8sAIkMgVyi4has02OZ73CmcIT1E=",
  },
  {
    name: "empty POST body",
    ...FACTS,
    method: "POST",
    url: PAYMENTS,
    body: "",
    host: "apitest.cybersource.com",
    digest: "SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
    signature: "5C7lScSQ4hwbREJ6T+s7lut0jL7DghfOMCXOwgrz8OU=",
  },
  {
    name: "Japanese, emoji, half-width katakana, combining mark, U+2028",
    ...FACTS,
    method: "POST",
    url: PAYMENTS,
    body:
      '{"processingInformation":{"japanPaymentOptions":{"businessName":"株式会社テスト\u{1f363}",' +
      '"businessNameKatakana":"ｶﾌﾞｼｷｶﾞｲｼｬﾃｽﾄ","businessNameAlphaNumeric":"Cafe\u0301 Test"}},' +
      '"orderInformation":{"billTo":{"address1":"東京都千代田区1-1\u2028"}}}',
    host: "apitest.cybersource.com",
    digest: "SHA-256=xiQtpxerSNt1c+tb5klgZmDgN+BNJV0PnWaYTd2QXpA=",
    signature: "vzoRXXVfoq3LUARKgifUwaxlQcf2Fk/mFD/rbgzpieA=",
  },
  {
    name: "non-default port and query string",
    ...FACTS,
    method: "POST",
    url: "https://localhost:8443/pts/v2/payments?trace=1&x=%E3%81%82",
    body: '{"a":1}',
    host: "localhost:8443",
    digest: "SHA-256=AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX+GI=",
    signature: "1nhr7dqX7ntTQw1zT55z9RGq4WlVtjjgiNC6BEDv3pk=",
  },
  {
    name: "meta key: signed as the portfolio",
    ...FACTS,
    portfolioId: "test_portfolio",
    method: "POST",
    url: PAYMENTS,
    body: '{"a":1}',
    host: "apitest.cybersource.com",
    digest: "SHA-256=AVq9f1zFei3ZS3WQ8ErYCEJzkF7jPsXOvq5iJ2qX+GI=",
    signature: "RccleHoyPKQhHvTFml4SU/Oxs1ljeNHWQGAXSJL76sw=",
  },
  {
    name: "DELETE without digest",
    ...FACTS,
    method: "DELETE",
    url: "https://api.cybersource.com/pts/v2/payments/1234567890123456789012",
    host: "api.cybersource.com",
    signature: "mETfvBxNBqyU0AXacjVnaAUJS97krWucgPIPfdj7Lko=",
  },
  {
    name: "PUT with digest",
    ...FACTS,
    method: "PUT",
    url: `${PAYMENTS}/1`,
    body: '{"b":"ü"}',
    host: "apitest.cybersource.com",
    digest: "SHA-256=P/JWLqYzgroWtXdUt9PWm2N4SFgcXUT4PpVJUd2nxM0=",
    signature: "l09bdqS9ib1kBVr+v+EfEnD65RSE7FlOT0KR5v+48h4=",
  },
];

/** The full `signature` header Cybersource expects for `vector`. */
export function signatureHeader(vector: HttpSignatureVector): string {
  const headers =
    vector.digest === undefined ? "host date request-target" : "host date request-target digest";
  return `keyid="${vector.keyId}", algorithm="HmacSHA256", headers="${headers} v-c-merchant-id", signature="${vector.signature}"`;
}

/** A Request for `vector`, built the way a caller would. */
export function vectorRequest(vector: HttpSignatureVector): Request {
  return new Request(vector.url, {
    method: vector.method,
    ...(vector.body === undefined ? {} : { body: vector.body }),
    headers: { "content-type": "application/json", "x-caller": "kept" },
  });
}

/**
 * HS256 JWTs for the first two vectors, computed with Cybersource's SDK 0.0.83 (jwtKeyType
 * SHARED_SECRET) with its clock pinned to the vector date and `randomUUID` pinned to `JTI`.
 */
export const JTI = "6f1c1a56-0d8f-4c8e-9d43-2f4ad0e0c001";
export const sharedSecretJwts: readonly string[] = [
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiIsImtpZCI6IjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMCJ9." +
    "eyJkaWdlc3QiOiJqbkxKSEh0UEpTKzJhMU1QZEZsYzVoMGV0azFHbDZnYUluU2t1ZHVWSlVvPSIsImRpZ2VzdC1hbGdvcml0aG0iOiJTSEEtMjU2IiwiaWF0IjoxNzY3MjI1NjAwLCJleHAiOjE3NjcyMjU3MjAsInJlcXVlc3QtaG9zdCI6ImFwaXRlc3QuY3liZXJzb3VyY2UuY29tIiwicmVxdWVzdC1yZXNvdXJjZS1wYXRoIjoiL3B0cy92Mi9wYXltZW50cyIsInJlcXVlc3QtbWV0aG9kIjoicG9zdCIsImlzcyI6InRlc3RfbWVyY2hhbnQiLCJqdGkiOiI2ZjFjMWE1Ni0wZDhmLTRjOGUtOWQ0My0yZjRhZDBlMGMwMDEiLCJ2LWMtand0LXZlcnNpb24iOiIyIiwidi1jLW1lcmNoYW50LWlkIjoidGVzdF9tZXJjaGFudCJ9." +
    "U16ULqkejeUtyHtCHAUwJnMdPsYEUrDiT4thA7RsQtA",
  "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiIsImtpZCI6IjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMCJ9." +
    "eyJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzIyNTcyMCwicmVxdWVzdC1ob3N0IjoiYXBpdGVzdC5jeWJlcnNvdXJjZS5jb20iLCJyZXF1ZXN0LXJlc291cmNlLXBhdGgiOiIvcHRzL3YyL3BheW1lbnRzLzEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIiLCJyZXF1ZXN0LW1ldGhvZCI6ImdldCIsImlzcyI6InRlc3RfbWVyY2hhbnQiLCJqdGkiOiI2ZjFjMWE1Ni0wZDhmLTRjOGUtOWQ0My0yZjRhZDBlMGMwMDEiLCJ2LWMtand0LXZlcnNpb24iOiIyIiwidi1jLW1lcmNoYW50LWlkIjoidGVzdF9tZXJjaGFudCJ9." +
    "JILbfSz1DWgfUiuP-Qtm1Y27Ipq2zz22W1U7mm29SQo",
];

/** The claims of a Cybersource JWT, in the SDK's order; the first two only with a body digest. */
export const JWT_CLAIMS = [
  "digest",
  "digest-algorithm",
  "iat",
  "exp",
  "request-host",
  "request-resource-path",
  "request-method",
  "iss",
  "jti",
  "v-c-jwt-version",
  "v-c-merchant-id",
];

/** Decodes base64url (no padding) to bytes. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The decoded header and claims of a compact JWS. */
export function decodeJwt(token: string): { header: unknown; claims: Record<string, unknown> } {
  const [header = "", claims = ""] = token.split(".");
  const text = (part: string) => new TextDecoder().decode(fromBase64Url(part));
  return { header: JSON.parse(text(header)), claims: JSON.parse(text(claims)) };
}
