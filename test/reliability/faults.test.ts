// Fault injection: each broken exchange yields its documented typed error, with no unhandled
// rejection and with every socket, server and timer released once the servers are closed.
import { describe, expect, test } from "vitest";
import { CybersourceApiError, TransportError } from "../../src/errors.js";
import { httpSignatureAuth } from "../../src/auth/http-signature.js";
import { AuthorizationOutcomeUnknownError } from "../../src/payments/outcome-unknown-error.js";
import { installmentRequest } from "../support/requests.js";
import { faultChecks, failure, forAmount, localServer, mock } from "./fault-helpers.js";
import { clientFor, keyId, merchantId, NOW, sharedSecret } from "./support.js";

const checked = faultChecks();

describe("transport faults of authorize", () => {
  test.each([
    ["a reset connection", "5001", undefined],
    ["a truncated JSON body", "5201", 201],
  ])("%s is an unknown outcome that reverse() clears", (_, amount, httpStatus) =>
    checked(async (open) => {
      const server = open(await mock());
      const error = await failure(clientFor(server.url).authorize(forAmount(amount)));
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
      expect(error).toMatchObject({ code: "AUTHORIZATION_OUTCOME_UNKNOWN", amount, httpStatus });
      expect(server.authorizations.map((a) => a.state)).toEqual(["AUTHORIZED"]);
      await (error as AuthorizationOutcomeUnknownError).reverse();
      expect(server.authorizations.map((a) => a.state)).toEqual(["REVERSED"]);
    }),
  );

  test("an answer slower than timeoutMs is an unknown outcome; the held reply is dropped", () =>
    checked(async (open) => {
      const server = open(await mock(5_000));
      const started = Date.now();
      const client = clientFor(server.url, { timeoutMs: 100 });
      const error = await failure(client.authorize(forAmount("5065")));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
      expect((error as Error).message).toMatch(/no response within 100 ms/);
      await (error as AuthorizationOutcomeUnknownError).reverse();
      expect(server.authorizations.map((a) => a.state)).toEqual(["REVERSED"]);
    }));

  test("an HTML 502 page from a proxy is an unknown outcome caused by the 502", () =>
    checked(async (open) => {
      const html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
      const proxy = open(
        await localServer((_, response) => {
          response.writeHead(502, { "content-type": "text/html" }).end(html);
        }),
      );
      const client = clientFor(proxy.url, { retryAttempts: 3 });
      const error = await failure(client.authorize(installmentRequest()));
      expect(error).toMatchObject({ code: "AUTHORIZATION_OUTCOME_UNKNOWN", httpStatus: 502 });
      expect((error as Error).cause).toBeInstanceOf(CybersourceApiError);
      expect((error as Error).message).not.toMatch(/nginx|<html/);
      expect(proxy.requests()).toBe(1); // an authorization is never retried
      const reversal = await failure((error as AuthorizationOutcomeUnknownError).reverse());
      expect(reversal).toMatchObject({ code: "CYBERSOURCE_API_ERROR", httpStatus: 502 });
      expect(proxy.requests()).toBe(4); // the reversal is, up to retryAttempts
    }));

  test("malformed JSON in a 400 is a CybersourceApiError with the correlation id", () =>
    checked(async (open) => {
      const server = open(
        await localServer((_, response) => {
          const headers = { "content-type": "application/json", "v-c-correlation-id": "abc-1" };
          response.writeHead(400, headers).end('{"status":"INVALID_REQ');
        }),
      );
      const error = await failure(clientFor(server.url).authorize(installmentRequest()));
      expect(error).toBeInstanceOf(CybersourceApiError);
      expect(error).toMatchObject({ httpStatus: 400, status: undefined, correlationId: "abc-1" });
    }));

  test("a refused connection is an unknown outcome with the socket error as cause", () =>
    checked(async () => {
      const closed = await localServer(() => {});
      await closed.close(); // its port now refuses connections
      const error = await failure(clientFor(closed.url).authorize(installmentRequest()));
      expect(error).toMatchObject({ code: "AUTHORIZATION_OUTCOME_UNKNOWN", httpStatus: undefined });
      expect(JSON.stringify((error as Error).cause, ["cause", "code"])).toMatch(/ECONNREFUSED/);
    }));

  test("a DNS failure (fetch failed, ENOTFOUND) keeps its cause; follow-ups give up typed", () =>
    checked(async () => {
      const dns = Object.assign(new Error("getaddrinfo ENOTFOUND apitest.cybersource.com"), {
        code: "ENOTFOUND",
        syscall: "getaddrinfo",
      });
      let calls = 0;
      const fetch = async () => {
        calls += 1;
        throw new TypeError("fetch failed", { cause: dns });
      };
      const client = clientFor("test", { fetch, retryAttempts: 3 });
      const error = await failure(client.authorize(installmentRequest()));
      // The SDK cannot tell "never sent" from "lost", so the documented outcome is "unknown".
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
      expect(((error as Error).cause as Error).cause).toBe(dns);
      const reversal = await failure((error as AuthorizationOutcomeUnknownError).reverse());
      expect(reversal).toBeInstanceOf(TransportError);
      expect((reversal as Error).message).toMatch(/after 3 tries/);
      expect((reversal as Error).cause).toBeInstanceOf(TypeError);
      expect(calls).toBe(4);
    }));
});

describe("authentication faults", () => {
  const signedBy = (options: { keyId?: string; sharedSecret?: string; skewMs?: number }) =>
    httpSignatureAuth({
      merchantId,
      keyId: options.keyId ?? keyId,
      sharedSecret: options.sharedSecret ?? sharedSecret,
      now: () => new Date(NOW.getTime() + (options.skewMs ?? 0)),
    });

  test.each([
    ["a wrong key id", { keyId: "00000000-0000-4000-8000-00000000dead" }],
    ["a wrong shared secret", { sharedSecret: btoa("another-secret-of-32-characters!") }],
    ["a signer clock 6 minutes fast", { skewMs: 6 * 60_000 }],
    ["a signer clock 6 minutes slow", { skewMs: -6 * 60_000 }],
  ])("%s is AUTHENTICATION_FAILED (401) and records nothing", (_, options) =>
    checked(async (open) => {
      const server = open(await mock());
      const client = clientFor(server.url, { auth: signedBy(options) });
      const error = await failure(client.authorize(installmentRequest()));
      expect(error).toBeInstanceOf(CybersourceApiError);
      expect(error).toMatchObject({ code: "AUTHENTICATION_FAILED", httpStatus: 401 });
      expect((error as Error).message).not.toContain(sharedSecret);
      expect(server.authorizations).toEqual([]);
    }),
  );

  test("a signer clock 4 minutes off is still accepted", () =>
    checked(async (open) => {
      const server = open(await mock());
      const client = clientFor(server.url, { auth: signedBy({ skewMs: 4 * 60_000 }) });
      expect((await client.authorize(installmentRequest())).status).toBe("AUTHORIZED");
    }));
});
