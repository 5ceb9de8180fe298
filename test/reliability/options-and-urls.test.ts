// Classes 5, 7 and 10 of issue 13: every duration and option is checked, for the client
// (CLIENT_CONFIG_INVALID) and per call (VALIDATION_FAILED), before anything is sent; base URLs
// are https://host[:port][/path] only and never leak their credentials.
import { beforeEach, describe, expect, test } from "vitest";
import { createJpoClient } from "../../src/client.js";
import { jwtAuth } from "../../src/auth/index.js";
import { installmentRequest } from "../support/requests.js";
import { failure } from "./fault-helpers.js";
import { clientFor, leaksIn, recordingFetch } from "./support.js";

const badDurations = [2 ** 31, 1e15, -1, Number.NaN, Infinity, "100", null, 1.5];

describe("durations and options of the client", () => {
  test.each([
    "timeoutMs",
    "timeoutReversalDelayMs",
    "retryBaseDelayMs",
    "retryAttempts",
    "maxResponseBytes",
  ])("%s out of range or not a number is CLIENT_CONFIG_INVALID", (field) => {
    for (const value of badDurations) {
      expect(() => clientFor("https://apitest.cybersource.com", { [field]: value })).toThrow(
        expect.objectContaining({ code: "CLIENT_CONFIG_INVALID" }),
      );
    }
  });

  test("options read through a throwing getter are CLIENT_CONFIG_INVALID", () => {
    const options = {
      get timeoutMs(): number {
        throw new Error("getter");
      },
    };
    const auth = jwtAuth({ merchantId: "m", keyId: "k", sharedSecret: btoa("s".repeat(32)) });
    Object.assign(options, { environment: "test", auth });
    expect(() => createJpoClient(options as never)).toThrow(
      expect.objectContaining({ code: "CLIENT_CONFIG_INVALID" }),
    );
  });
});

describe("options of a call", () => {
  let { fetch, calls } = recordingFetch(() => new Response("{}", { status: 500 }));
  let client = clientFor("https://apitest.cybersource.com", { fetch });
  beforeEach(() => {
    ({ fetch, calls } = recordingFetch(() => new Response("{}", { status: 500 })));
    client = clientFor("https://apitest.cybersource.com", { fetch });
  });
  const stored = { id: "7000000000000000000001", amount: "100" };
  test.each(badDurations.filter((v) => v !== undefined))(
    "timeoutMs %s is refused before sending",
    async (timeoutMs) => {
      const error = await failure(client.authorize(installmentRequest(), { timeoutMs } as never));
      expect(error).toMatchObject({
        code: "VALIDATION_FAILED",
        issues: [{ path: "options.timeoutMs" }],
      });
      expect(calls).toHaveLength(0);
    },
  );

  test.each([
    ["a plain object", { aborted: false }],
    ["a revoked Proxy", Proxy.revocable({}, {}).proxy],
    ["a string", "abort"],
  ])("a signal that is %s is refused by every operation", async (_, signal) => {
    const options = { signal } as never;
    const errors = await Promise.all([
      failure(client.authorize(installmentRequest(), options)),
      failure(client.capture(stored, options)),
      failure(client.reverse(stored, options)),
      failure(
        client.reverseTimedOut({ transactionId: "TX-1", amount: "1", currency: "JPY" }, options),
      ),
      failure(client.voidTimedOut({ transactionId: "TX-1" }, options)),
    ]);
    for (const error of errors) {
      expect(error).toMatchObject({
        code: "VALIDATION_FAILED",
        issues: [{ path: "options.signal" }],
      });
    }
    expect(calls).toHaveLength(0);
  });

  test.each([
    ["null", null],
    ["a number", 7],
    ["a string", "x"],
    ["an array", []],
    [
      "a cycle",
      (() => {
        const o: Record<string, unknown> = {};
        o["self"] = o;
        return o;
      })(),
    ],
    [
      "a throwing Proxy",
      new Proxy(
        {},
        {
          ownKeys() {
            throw new Error("trap");
          },
        },
      ),
    ],
    ["an amount that is a number", { id: "7000000000000000000001", amount: 100 }],
  ])("capture, reverse and reverseTimedOut given %s end in a typed error", async (_, value) => {
    const errors = await Promise.all([
      failure(client.capture(value as never)),
      failure(client.reverse(value as never)),
      failure(client.reverseTimedOut(value as never)),
      failure(client.capture(stored, value as never)),
    ]);
    for (const error of errors) expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(calls).toHaveLength(0);
  });

  test("aborting reverse() of an unknown authorization ends in a TransportError", async () => {
    const slow = clientFor("https://apitest.cybersource.com", {
      fetch,
      timeoutReversalDelayMs: 60_000,
    });
    const error = (await failure(slow.authorize(installmentRequest()))) as {
      reverse(o: object): Promise<unknown>;
    };
    const controller = new AbortController();
    const reversing = failure(error.reverse({ signal: controller.signal }));
    controller.abort(new DOMException("stop", "AbortError"));
    expect(await reversing).toMatchObject({ code: "TRANSPORT_FAILED" });
  });
});

describe("base URLs", () => {
  test.each([
    ["credentials", "https://user:s3cr3t-pass@apitest.cybersource.com"],
    ["a query", "https://apitest.cybersource.com/?x="],
    ["an empty query", "https://apitest.cybersource.com/?"],
    ["a fragment", "https://apitest.cybersource.com/#frag"],
    ["plain http to another host", "http://apitest.cybersource.com"],
    ["another scheme", "ftp://apitest.cybersource.com"],
    ["whitespace", "https://apitest.cyber source.com"],
    ["a backslash", "https:\\\\apitest.cybersource.com"],
  ])("a URL with %s is CLIENT_CONFIG_INVALID and the URL is not repeated", (_, environment) => {
    let error: unknown;
    try {
      clientFor(environment);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "CLIENT_CONFIG_INVALID" });
    expect(leaksIn(error, ["s3cr3t-pass", environment])).toEqual([]);
  });

  test("plain http is accepted for loopback, and for another host only when allowed", async () => {
    const { fetch, calls } = recordingFetch(() => new Response("{}", { status: 400 }));
    await failure(clientFor("http://127.0.0.1:9/base/", { fetch }).authorize(installmentRequest()));
    await failure(
      clientFor("http://payments.internal", { fetch, allowInsecureHttp: true }).authorize(
        installmentRequest(),
      ),
    );
    expect(calls.map((call) => call.url)).toEqual([
      "http://127.0.0.1:9/base/pts/v2/payments",
      "http://payments.internal/pts/v2/payments",
    ]);
  });
});
