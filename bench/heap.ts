// Heap growth of the client over many authorizations against the loopback server, and the garbage one
// authorization leaves. Run with --expose-gc:
// `node --expose-gc heap.mjs <serverUrl> <total> <concurrency> <samples>`; prints JSON: samples of
// heapUsed after a full GC, and bytes allocated per authorization (one at a time), and per raw
// fetch of the same request signed inline, for comparison.
import { GCProfiler } from "node:v8";
import { createJpoClient, httpSignatureAuth } from "../src/index.js";
import { authorizer, rawAuthorization } from "./authorize.js";
import { credentials, load } from "./shared.js";

const [url = "", total = "10000", concurrency = "16", samples = "10"] = process.argv.slice(2);
const gc = globalThis.gc;
if (gc === undefined) throw new Error("run with --expose-gc");

const client = createJpoClient({ environment: url, auth: httpSignatureAuth(credentials) });
const authorize = authorizer(client);
/** Raw fetch of the same request, serialized and signed inline with node:crypto. */
const rawFetch = rawAuthorization(url);
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
await load(200, 1, rawFetch); // warm up the raw path too
const garbage = await garbagePer(authorize, 500);
const rawGarbage = await garbagePer(rawFetch, 500);
process.stdout.write(JSON.stringify({ points, garbage, rawGarbage }));

/**
 * Bytes allocated per call of `task`, one at a time: the growth of heapUsed over `count` calls
 * plus what every garbage collection in between freed (v8's GCProfiler reports each one).
 */
async function garbagePer(task: () => Promise<void>, count: number): Promise<number> {
  const start = heapUsed();
  const profiler = new GCProfiler();
  profiler.start();
  for (let i = 0; i < count; i++) await task();
  const end = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const freed = statistics.reduce(
    (sum, gc) =>
      sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize,
    0,
  );
  return (end - start + freed) / count;
}
