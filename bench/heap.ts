// Heap growth of the client over many authorizations against the mock. Run with --expose-gc:
// `node --expose-gc heap.mjs <mockUrl> <total> <concurrency> <samples>`; prints JSON samples of
// heapUsed after a full GC.
import { createJpoClient, httpSignatureAuth } from "../src/index.js";
import { benchRequest, credentials, load } from "./shared.js";

const [url = "", total = "10000", concurrency = "16", samples = "10"] = process.argv.slice(2);
const gc = globalThis.gc;
if (gc === undefined) throw new Error("run with --expose-gc");

const client = createJpoClient({ environment: url, auth: httpSignatureAuth(credentials) });
const authorize = async () => {
  const result = await client.authorize(benchRequest());
  if (result.status !== "AUTHORIZED") throw new Error(result.status);
};
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

await load(1_000, Number(concurrency), authorize); // warm up: JIT, key import, sockets
const step = Number(total) / Number(samples);
const points: { authorizations: number; heapUsed: number }[] = [
  { authorizations: 0, heapUsed: heapUsed() },
];
for (let done = step; done <= Number(total); done += step) {
  await load(step, Number(concurrency), authorize);
  points.push({ authorizations: done, heapUsed: heapUsed() });
}
process.stdout.write(JSON.stringify(points));
