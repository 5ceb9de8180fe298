// The portable part of the signing tests: known-answer vectors and checks that use only web-standard
// globals (Request, Headers, crypto.subtle, TextEncoder, atob/btoa), no test runner and no Node
// APIs, so the same suite can run in Node, Bun, Deno, workerd and a browser. `runSigningSuite`
// returns a list of failures; empty means pass.

import {
  decodeJwt,
  fromBase64Url,
  JTI,
  JWT_CLAIMS,
  sharedSecretJwts,
  signatureHeader,
  signingVectors,
  vectorRequest,
  type HttpSignatureVector,
} from "./signing-vectors.js";

export { signingVectors } from "./signing-vectors.js";

/** The part of the SDK's API that the suite exercises. */
export interface SigningSuiteApi {
  httpSignatureAuth(options: {
    merchantId: string;
    keyId: string;
    sharedSecret: string;
    portfolioId?: string;
    now: () => Date;
  }): { sign(request: Request): Promise<Request> };
  jwtAuth(options: {
    merchantId: string;
    keyId: string;
    sharedSecret: string;
    now: () => Date;
    generateId?: () => string;
  }): { sign(request: Request): Promise<Request> };
}

function check(failures: string[], name: string, what: string, actual: unknown, expected: unknown) {
  if (actual !== expected) {
    failures.push(
      `${name}: ${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
    );
  }
}

async function checkHttpSignature(
  api: SigningSuiteApi,
  vector: HttpSignatureVector,
  failures: string[],
) {
  const { name } = vector;
  const strategy = api.httpSignatureAuth({
    merchantId: vector.merchantId,
    keyId: vector.keyId,
    sharedSecret: vector.sharedSecret,
    ...(vector.portfolioId === undefined ? {} : { portfolioId: vector.portfolioId }),
    now: () => new Date(vector.date),
  });
  const signed = await strategy.sign(vectorRequest(vector));
  check(failures, name, "signature", signed.headers.get("signature"), signatureHeader(vector));
  check(failures, name, "digest", signed.headers.get("digest"), vector.digest ?? null);
  check(failures, name, "date", signed.headers.get("date"), vector.date);
  check(failures, name, "host", signed.headers.get("host"), vector.host);
  check(
    failures,
    name,
    "v-c-merchant-id",
    signed.headers.get("v-c-merchant-id"),
    vector.merchantId,
  );
  check(failures, name, "x-caller", signed.headers.get("x-caller"), "kept");
  check(failures, name, "method", signed.method, vector.method);
  check(failures, name, "url", signed.url, new URL(vector.url).href);
  const sent = vector.body === undefined ? null : await signed.text();
  check(failures, name, "body", sent, vector.body ?? null);
}

async function checkSharedSecretJwt(api: SigningSuiteApi, index: number, failures: string[]) {
  const vector = signingVectors[index]!;
  const name = `HS256 JWT for "${vector.name}"`;
  const strategy = api.jwtAuth({
    merchantId: vector.merchantId,
    keyId: vector.keyId,
    sharedSecret: vector.sharedSecret,
    now: () => new Date(vector.date),
    generateId: () => JTI,
  });
  const signed = await strategy.sign(vectorRequest(vector));
  const token = (signed.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  check(failures, name, "token", token, sharedSecretJwts[index]);
  const [header = "", payload = "", signature = ""] = token.split(".");
  const secret = Uint8Array.from(atob(vector.sharedSecret), (char) => char.charCodeAt(0));
  const key = await crypto.subtle.importKey(
    "raw",
    secret,
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["verify"],
  );
  const data = new TextEncoder().encode(`${header}.${payload}`);
  const valid = await crypto.subtle.verify("HMAC", key, fromBase64Url(signature), data);
  check(failures, name, "HMAC verification", valid, true);
  const { claims } = decodeJwt(token);
  const expected = vector.digest === undefined ? JWT_CLAIMS.slice(2) : JWT_CLAIMS;
  check(failures, name, "claim names", Object.keys(claims).join(" "), expected.join(" "));
  for (const header of ["digest", "signature", "v-c-merchant-id"]) {
    check(failures, name, `${header} header`, signed.headers.get(header), null);
  }
  const sent = vector.body === undefined ? null : await signed.text();
  check(failures, name, "body", sent, vector.body ?? null);
}

/** Runs every portable check against `api`; resolves to the failures (empty when all pass). */
export async function runSigningSuite(api: SigningSuiteApi): Promise<string[]> {
  const failures: string[] = [];
  for (const vector of signingVectors) {
    try {
      await checkHttpSignature(api, vector, failures);
    } catch (error) {
      failures.push(`${vector.name}: threw ${String(error)}`);
    }
  }
  for (const index of [0, 1]) {
    try {
      await checkSharedSecretJwt(api, index, failures);
    } catch (error) {
      failures.push(`HS256 JWT ${index}: threw ${String(error)}`);
    }
  }
  return failures;
}
