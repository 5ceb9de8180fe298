// examples/webhook-receiver.ts, run as a Node process, receiving the mock's notifications through
// a recording relay; then a tampered and a replayed copy of one of them.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { createJpoClient, jwtAuth } from "../../src/index.js";
import { bundleExample, startExampleMock } from "./support/example.js";
import { startServer } from "./support/server.js";
import { installmentRequest } from "../support/requests.js";

const key = { keyId: "webhook-key-1", secret: btoa("webhook-secret-for-offline-tests!") };
interface Copy {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

function post(url: string, headers: IncomingHttpHeaders, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { host: _host, "content-length": _length, ...forwarded } = headers;
    const outgoing = httpRequest(url, { method: "POST", headers: forwarded });
    outgoing.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** Forwards every POST to `target` and keeps a copy of what it forwarded. */
async function relay(target: string) {
  const copies: Copy[] = [];
  const server = createServer((incoming, response) => {
    let body = "";
    incoming.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    incoming.on("end", () => {
      copies.push({ headers: incoming.headers, body });
      post(target, incoming.headers, body).then(
        (answer) => response.writeHead(answer.status).end(answer.body),
        () => response.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, copies };
}

describe("the webhook receiver example", () => {
  test("stores the mock's verified notifications and refuses a tampered and a replayed one", async () => {
    const script = await bundleExample("webhook-receiver.ts", "node");
    const receiver = await startServer(process.execPath, [script], {
      env: {
        ...process.env,
        HOST: "127.0.0.1",
        PORT: "0",
        CYBERSOURCE_WEBHOOK_KEYS: JSON.stringify([key]),
      },
      listening: (text) => /listening on (http:\/\/\S+)\/webhooks/u.exec(text)?.[1],
    });
    const { url, copies } = await relay(`${receiver.url}/webhooks`);
    const { mock, env } = await startExampleMock({
      webhooks: [{ url, key }],
      webhookRetryDelaysMs: [100],
    });
    const client = createJpoClient({
      environment: mock.url,
      auth: jwtAuth({
        merchantId: env.CYBERSOURCE_MERCHANT_ID,
        keyId: env.CYBERSOURCE_KEY_ID,
        sharedSecret: env.CYBERSOURCE_SHARED_SECRET,
      }),
    });
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    await result.capture();
    await mock.webhooksSettled();
    expect(mock.webhookDeliveries.map((d) => [d.eventType, d.status])).toEqual([
      ["payments.authorized", 200],
      ["payments.capture.status.accepted", 200],
    ]);
    const stored = JSON.parse(await (await fetch(`${receiver.url}/events`)).text()) as {
      eventType: string;
      payload: { data: { id?: string; paymentId?: string } };
    }[];
    expect(stored.map((event) => event.eventType)).toEqual([
      "payments.authorized",
      "payments.capture.status.accepted",
    ]);
    expect(stored[0]!.payload.data.id).toBe(result.id);

    const [first] = copies;
    const tampered = first!.body.replace('"status":"AUTHORIZED"', '"status":"REVERSED"');
    expect(tampered).not.toBe(first!.body);
    const refused = await post(`${receiver.url}/webhooks`, first!.headers, tampered);
    expect([refused.status, JSON.parse(refused.body)]).toEqual([
      400,
      { refused: "SIGNATURE_MISMATCH" },
    ]);
    const replayed = await post(`${receiver.url}/webhooks`, first!.headers, first!.body);
    expect([replayed.status, JSON.parse(replayed.body)]).toEqual([400, { refused: "REPLAYED" }]);
  }, 30_000);
});
