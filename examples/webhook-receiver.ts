// A webhook receiver on plain node:http. POST /webhooks verifies each Cybersource notification
// (v-c-signature, timestamp, replay) with verifyWebhook and stores the event; GET /events lists
// what was stored. A refused notification gets a 400 with the reason, and is not stored.
//
//   CYBERSOURCE_WEBHOOK_KEYS   JSON: [{ "keyId": "...", "secret": "<base64>" }], several while
//                              rotating (POST /kms/egress/v2/keys-sym issues them)
//   PORT (default 3001), HOST (default 127.0.0.1)
//
// Verify the raw bytes before parsing them; a real receiver keeps the seen notification ids in
// its database (for longer than the timestamp tolerance), not in memory.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import {
  isCybersourceJpoError,
  verifyWebhook,
  type WebhookEvent,
  type WebhookKey,
} from "cybersource-jpo";

const keys = JSON.parse(process.env["CYBERSOURCE_WEBHOOK_KEYS"] ?? "[]") as WebhookKey[];
const events: WebhookEvent[] = [];
const seen = new Set<string>();

async function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function receive(request: IncomingMessage): Promise<readonly [number, unknown]> {
  try {
    const event = await verifyWebhook({
      headers: request.headers,
      body: await readBody(request),
      keys,
      isReplay: (id) => seen.has(id),
    });
    if (event.notificationId !== undefined) seen.add(event.notificationId);
    events.push(event);
    return [200, { received: event.eventType }];
  } catch (error) {
    if (isCybersourceJpoError(error) && error.code === "WEBHOOK_VERIFICATION_FAILED") {
      return [400, { refused: (error as { reason?: string }).reason }];
    }
    throw error;
  }
}

const server = createServer((request, response) => {
  const answer = async (): Promise<readonly [number, unknown]> => {
    if (request.method === "POST" && request.url === "/webhooks") return receive(request);
    if (request.method === "GET" && request.url === "/events") return [200, events];
    return [404, { error: "not found" }];
  };
  answer()
    .catch(() => [500, { error: "internal error" }] as const)
    .then(([status, body]) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    });
});

server.listen(Number(process.env["PORT"] ?? 3001), process.env["HOST"] ?? "127.0.0.1", () => {
  const { address, port } = server.address() as AddressInfo;
  console.log(`webhook receiver listening on http://${address}:${port}/webhooks`);
});
