// Classes 6 and 8 of issue 13: every string the SDK exposes is masked, from any source and in
// every field (status, reason, details, cause, toJSON, hooks, results), for PANs spaced, dashed
// or as JSON numbers, CVVs and track data; and the mock's log masks request paths and a JWT's alg.
import { describe, expect, test } from "vitest";
import { redact } from "../../src/redact.js";
import { installmentRequest } from "../support/requests.js";
import { failure } from "./fault-helpers.js";
import { clientFor, leaksIn, recordingFetch, startMock } from "./support.js";

const PAN = "4111111111111111";
const echoes = [
  "4111 1111 1111 1111",
  "4111-1111-1111-1111",
  "card 4111111111111111 cvv 123",
  '"securityCode":"987"',
  "%B4111111111111111^TARO/YAMADA^2512101000000000000?",
  ";4111111111111111=25121010000000000000?",
];
const secrets = [
  PAN,
  "4111 1111 1111 1111",
  "4111-1111-1111-1111",
  "987",
  "^TARO/YAMADA^",
  "=2512101",
];

describe("card data echoed by a server", () => {
  test.each(echoes)("%s is masked in every field of the API error and in hooks", async (echo) => {
    const body = {
      status: echo,
      reason: echo,
      message: echo,
      details: [{ field: echo, reason: echo }],
      extra: Number(PAN),
    };
    const seen: unknown[] = [];
    const { fetch } = recordingFetch(() => Response.json(body, { status: 400 }));
    const client = clientFor("https://apitest.cybersource.com", {
      fetch,
      hooks: { onResponse: (event) => void seen.push(event) },
    });
    const error = await failure(client.authorize(installmentRequest()));
    expect(error).toMatchObject({ code: "CYBERSOURCE_API_ERROR" });
    const fields = error as Record<string, unknown>;
    for (const value of [fields, fields["status"], fields["reason"], fields["details"], seen]) {
      expect(
        leaksIn(
          value,
          secrets.filter((s) => s !== "987" || echo.includes("987")),
        ),
      ).toEqual([]);
    }
  });

  test("a results' raw body, error fields and toJSON never show an echoed PAN", async () => {
    const { fetch } = recordingFetch(() =>
      Response.json(
        {
          id: "7000000000000000000001",
          status: "DECLINED",
          errorInformation: {
            reason: `GENERAL_DECLINE ${PAN}`,
            message: `card 4111 1111 1111 1111`,
          },
          paymentInformation: { card: { number: Number(PAN), securityCode: "123" } },
        },
        { status: 201 },
      ),
    );
    const result = await clientFor("https://apitest.cybersource.com", { fetch }).authorize(
      installmentRequest(),
    );
    expect(leaksIn(result, [PAN, "4111 1111 1111 1111"])).toEqual([]);
    expect(leaksIn(result.raw, [PAN])).toEqual([]);
  });

  test("the cause of a network failure is masked", async () => {
    const fetch = async () => {
      throw new TypeError(`connect failed for card ${PAN}`, { cause: new Error(`inner ${PAN}`) });
    };
    const error = await failure(
      clientFor("https://apitest.cybersource.com", { fetch: fetch as never }).reverseTimedOut({
        transactionId: "TX-1",
        amount: "1",
        currency: "JPY",
      }),
    );
    expect(error).toMatchObject({ code: "TRANSPORT_FAILED" });
    expect(leaksIn(error, [PAN])).toEqual([]);
    expect(String((error as Error).cause)).toContain("411111******1111");
  });

  test("redact masks JSON numbers as long as a card number, and keeps other numbers", () => {
    expect(redact({ a: 4111111111111111, b: 120000, c: 1234567890123 })).toEqual({
      a: "411111******1111",
      b: 120000,
      c: 1234567890123,
    });
  });
});

describe("the mock's log", () => {
  test("masks a PAN in a request path and a JWT alg, and escapes control characters", async () => {
    const lines: string[] = [];
    const mock = await startMock({ log: (line) => void lines.push(line) });
    await fetch(`${mock.url}/pts/v2/payments/${PAN}/captures`, { method: "POST", body: "{}" });
    const header = btoa(JSON.stringify({ alg: `HS${PAN}\u001b[31m`, kid: "k" })).replace(
      /=+$/u,
      "",
    );
    await fetch(`${mock.url}/pts/v2/payments`, {
      method: "POST",
      headers: { authorization: `Bearer ${header}.e30.sig`, "content-type": "application/json" },
      body: "{}",
    });
    const log = lines.join("\n");
    expect(log).not.toContain(PAN);
    expect(log).not.toContain("\u001b");
    expect(lines).toHaveLength(2);
  });
});
