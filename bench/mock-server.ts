// The mock in its own process, so that its work (Ajv validation, HMAC checks, its growing store)
// neither competes with the client on the same thread nor shows up in the client's heap.
// Prints `{"url": ...}` on one line, and stops when its stdin closes.
import { startMockCybersource } from "../src/mock/index.js";
import { credentials } from "./shared.js";

const mock = await startMockCybersource({ ...credentials });
process.stdout.write(`${JSON.stringify({ url: mock.url })}\n`);
process.stdin.resume();
process.stdin.on("end", () => {
  void mock.close().then(() => process.exit(0));
});
