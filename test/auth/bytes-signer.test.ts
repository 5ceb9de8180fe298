import { describe, expect, it } from "vitest";
import { wireAuthOf } from "../../src/auth/strategy.js";
import { createJpoClient, httpSignatureAuth, jwtAuth } from "../../src/index.js";
import type { SigningStrategy } from "../../src/index.js";
import { httpSignatureHeaders } from "../mock/helpers/sign.js";
import { installmentRequest } from "../support/requests.js";
import {
  JTI,
  sharedSecretJwts,
  signatureHeader,
  signingVectors,
  vectorRequest,
  type HttpSignatureVector,
} from "./signing-vectors.js";

const httpSignature = (vector: HttpSignatureVector) =>
  httpSignatureAuth({
    merchantId: vector.merchantId,
    keyId: vector.keyId,
    sharedSecret: vector.sharedSecret,
    ...(vector.portfolioId === undefined ? {} : { portfolioId: vector.portfolioId }),
    now: () => new Date(vector.date),
  });

const hs256 = (vector: HttpSignatureVector) =>
  jwtAuth({
    merchantId: vector.merchantId,
    keyId: vector.keyId,
    sharedSecret: vector.sharedSecret,
    now: () => new Date(vector.date),
    generateId: () => JTI,
  });

/** Signs `vector` with the strategy's signer over serialized bytes. */
async function signBytes(strategy: SigningStrategy, vector: HttpSignatureVector) {
  const url = new URL(vector.url);
  const signer = wireAuthOf(strategy);
  if (signer === undefined) throw new Error("the SDK's strategy has no bytes signer");
  return signer.sign(vector.method, url.host, url.pathname + url.search, vector.body);
}

describe("the signer over serialized bytes", () => {
  it.each(signingVectors.map((vector) => [vector.name, vector] as const))(
    "gives the known-answer HTTP Signature for %s",
    async (_, vector) => {
      const { headers, body } = await signBytes(httpSignature(vector), vector);
      expect(headers["signature"]).toBe(signatureHeader(vector));
      expect(headers["digest"]).toBe(vector.digest);
      expect(headers["date"]).toBe(vector.date);
      expect(headers["host"]).toBe(vector.host);
      expect(body).toBe(vector.body);
    },
  );

  it.each(signingVectors.map((vector) => [vector.name, vector] as const))(
    "sets the same headers as sign(Request) for %s",
    async (_, vector) => {
      const strategy = httpSignature(vector);
      const { headers } = await signBytes(strategy, vector);
      const signed = await strategy.sign(vectorRequest(vector));
      for (const [name, value] of Object.entries(headers)) {
        expect(signed.headers.get(name), name).toBe(value);
      }
    },
  );

  it.each([0, 1])("gives the official SDK's HS256 JWT for vector %i", async (index) => {
    const vector = signingVectors[index]!;
    const { headers } = await signBytes(hs256(vector), vector);
    expect(headers["authorization"]).toBe(`Bearer ${sharedSecretJwts[index]}`);
    const signed = await hs256(vector).sign(vectorRequest(vector));
    expect(signed.headers.get("authorization")).toBe(headers["authorization"]);
  });

  it("signs a string and its UTF-8 bytes alike", async () => {
    const vector = signingVectors[0]!;
    const signer = wireAuthOf(httpSignature(vector))!;
    const bytes = new TextEncoder().encode(vector.body);
    const fromBytes = await signer.sign("POST", vector.host, "/pts/v2/payments", bytes);
    expect(fromBytes.headers["signature"]).toBe(signatureHeader(vector));
  });
});

describe("a client's two signing paths", () => {
  const vector = signingVectors[0]!;
  const credentials = {
    merchantId: vector.merchantId,
    keyId: vector.keyId,
    sharedSecret: vector.sharedSecret,
  };

  /** A client whose fetch records what it was given and answers `answer`. */
  function recordingClient(auth: SigningStrategy) {
    const seen: { url: string; headers: Headers; body: string }[] = [];
    const client = createJpoClient({
      environment: "test",
      auth,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push({ url: request.url, headers: request.headers, body: await request.text() });
        return Response.json(
          { status: "AUTHORIZED", id: "7000000000000000000001" },
          { status: 201 },
        );
      },
    });
    return { client, seen };
  }

  it("client.raw signs through the middleware with the known answer", async () => {
    const { client, seen } = recordingClient(httpSignature(vector));
    const body = JSON.parse(vector.body!) as Record<string, unknown>;
    await client.raw.POST("/pts/v2/payments", { body: body as never });
    expect(seen[0]!.headers.get("signature")).toBe(signatureHeader(vector));
    expect(seen[0]!.body).toBe(vector.body);
  });

  /**
   * Asserts that `sent` carries the HTTP Signature headers that test/mock/helpers/sign.ts (an
   * implementation independent of the SDK's) computes for its body at its date.
   */
  function expectSignedAsSent(sent: { headers: Headers; body: string }) {
    const expected = httpSignatureHeaders(
      { method: "POST", url: "https://apitest.cybersource.com/pts/v2/payments", body: sent.body },
      {
        secret: vector.sharedSecret,
        keyId: vector.keyId,
        merchantId: vector.merchantId,
        signerId: vector.merchantId,
        date: new Date(sent.headers.get("date")!),
      },
    );
    expect(sent.headers.get("date")).toBe(expected["date"]);
    expect(sent.headers.get("digest")).toBe(expected["digest"]);
    expect(sent.headers.get("v-c-merchant-id")).toBe(expected["v-c-merchant-id"]);
    expect(sent.headers.get("signature")).toBe(expected["signature"]);
  }

  it("authorize sends exactly the string it signed", async () => {
    const { client, seen } = recordingClient(httpSignatureAuth(credentials));
    await client.authorize(installmentRequest("120000"));
    expect(seen).toHaveLength(1);
    expectSignedAsSent(seen[0]!);
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(seen[0]!.headers.get("accept")).toBe("application/hal+json");
  });

  it("authorize goes through sign(Request) for a strategy written by hand", async () => {
    const sdk = httpSignatureAuth(credentials);
    let signs = 0;
    const byHand: SigningStrategy = {
      sign: (request) => {
        signs += 1;
        return sdk.sign(request);
      },
      onRequest: ({ request }) => sdk.sign(request),
      ready: () => sdk.ready(),
    };
    const { client, seen } = recordingClient(byHand);
    await client.authorize(installmentRequest("120000"));
    expect(signs).toBe(1);
    expect(seen).toHaveLength(1);
    expectSignedAsSent(seen[0]!);
  });
});
