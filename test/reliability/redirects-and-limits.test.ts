// Classes 2 and 11 of issue 13: redirects are never followed (a 3xx to an authorization or a
// capture is an unknown outcome, to a reversal a typed error), and an answer above
// maxResponseBytes is not buffered further.
import { describe, expect, test } from "vitest";
import { installmentRequest } from "../support/requests.js";
import { failure, faultChecks, localServer } from "./fault-helpers.js";
import { clientFor, recordingFetch } from "./support.js";

const checked = faultChecks();
const approval = (amount = "120000") => ({
  id: "7000000000000000000001",
  status: "AUTHORIZED",
  orderInformation: { amountDetails: { authorizedAmount: amount } },
});

describe("redirects", () => {
  test.each([301, 302, 303, 307, 308])(
    "a %i to an authorization is an unknown outcome and the other host gets nothing",
    (status) =>
      checked(async (open) => {
        const elsewhere = open(
          await localServer((_, res) => res.writeHead(201).end(JSON.stringify(approval()))),
        );
        const server = open(
          await localServer((_, res) =>
            res.writeHead(status, { location: `${elsewhere.url}/pts/v2/payments` }).end(),
          ),
        );
        const error = await failure(clientFor(server.url).authorize(installmentRequest()));
        expect(error).toMatchObject({ code: "AUTHORIZATION_OUTCOME_UNKNOWN", httpStatus: status });
        expect(elsewhere.requests()).toBe(0);
      }),
  );

  test("a redirect to a capture is an unknown outcome, to a reversal a TransportError", async () => {
    const { fetch, calls } = recordingFetch((request) =>
      request.url.endsWith("/pts/v2/payments")
        ? Response.json(approval(), { status: 201 })
        : new Response(null, { status: 302, headers: { location: "https://evil.example/" } }),
    );
    const client = clientFor("https://apitest.cybersource.com", { fetch });
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    expect(await failure(result.capture())).toMatchObject({
      code: "CAPTURE_OUTCOME_UNKNOWN",
      httpStatus: 302,
    });
    expect(await failure(result.reverse())).toMatchObject({
      code: "TRANSPORT_FAILED",
      httpStatus: 302,
    });
    expect(calls.map((call) => new URL(call.url).host)).not.toContain("evil.example");
  });
});

describe("answers above maxResponseBytes", () => {
  test("an endless authorization answer is an unknown outcome, read no further than the limit", () =>
    checked(async (open) => {
      let written = 0;
      const server = open(
        await localServer((_, res) => {
          res.writeHead(201, { "content-type": "application/json" });
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          const pump = () => {
            while (written < 64 * 1024 * 1024 && res.write(chunk)) written += chunk.length;
            if (written < 64 * 1024 * 1024) res.once("drain", pump);
            else res.end();
          };
          res.on("close", () => (written = Infinity));
          pump();
        }),
      );
      const client = clientFor(server.url, { maxResponseBytes: 100_000 });
      const error = await failure(client.authorize(installmentRequest()));
      expect(error).toMatchObject({ code: "AUTHORIZATION_OUTCOME_UNKNOWN", httpStatus: 201 });
    }));

  test("a valid approval padded past the limit is an unknown outcome, not a result", async () => {
    const body = JSON.stringify(approval()) + " ".repeat(200_000);
    const { fetch } = recordingFetch(() => new Response(body, { status: 201 }));
    const client = clientFor("https://apitest.cybersource.com", {
      fetch,
      maxResponseBytes: 100_000,
    });
    expect(await failure(client.authorize(installmentRequest()))).toMatchObject({
      code: "AUTHORIZATION_OUTCOME_UNKNOWN",
    });
  });

  test("a declared content-length above the limit is refused before reading", async () => {
    const { fetch } = recordingFetch(
      () => new Response("{}", { status: 201, headers: { "content-length": "2000000" } }),
    );
    const error = await failure(
      clientFor("https://apitest.cybersource.com", { fetch }).authorize(installmentRequest()),
    );
    expect(error).toMatchObject({ code: "AUTHORIZATION_OUTCOME_UNKNOWN" });
  });

  test("an approval nested 100,000 deep in an extra field stays an approval", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const body = JSON.stringify(approval()).replace(/\}$/u, `,"extra":${deep}}`);
    const { fetch } = recordingFetch(() => new Response(body, { status: 201 }));
    const events: unknown[] = [];
    const client = clientFor("https://apitest.cybersource.com", {
      fetch,
      hooks: { onResponse: (event) => void events.push(event.body) },
    });
    const result = await client.authorize(installmentRequest());
    expect(result.status).toBe("AUTHORIZED");
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
    expect(events).toHaveLength(1);
  });
});
