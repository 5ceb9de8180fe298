// A trivial loopback server in its own process: it reads each request whole and answers every
// POST with the published installment authorization (201), so that the end-to-end figures
// measure the client, not a server. Prints `{"url": ...}` on one line; stops when stdin closes.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { root } from "./shared.js";

const answer = readFileSync(join(root, "test/fixtures/published-installment-response.json"));
const headers = {
  "content-type": "application/hal+json",
  "content-length": String(answer.length),
  "v-c-correlation-id": "loopback",
};
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => response.writeHead(201, headers).end(answer));
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}` })}\n`);
});
process.stdin.resume();
process.stdin.on("end", () => server.close(() => process.exit(0)));
