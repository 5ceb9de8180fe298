// Heap growth of the client over many authorizations against the loopback server, and the garbage one
// authorization leaves. Run with --expose-gc:
// `node --expose-gc heap.mjs <serverUrl> <total> <concurrency> <samples>`; prints JSON: samples of
// heapUsed after a full GC, and bytes allocated per authorization (one at a time).
import { GCProfiler } from "node:v8";
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
process.stdout.write(JSON.stringify({ points, garbage: await garbagePerAuthorization(500) }));

/**
 * Bytes allocated per authorization, one at a time: the growth of heapUsed over `count` of them
 * plus what every garbage collection in between freed (v8's GCProfiler reports each one).
 */
async function garbagePerAuthorization(count: number): Promise<number> {
  const start = heapUsed();
  const profiler = new GCProfiler();
  profiler.start();
  for (let i = 0; i < count; i++) await authorize();
  const end = process.memoryUsage().heapUsed;
  const { statistics } = profiler.stop();
  const freed = statistics.reduce(
    (sum, gc) =>
      sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize,
    0,
  );
  return (end - start + freed) / count;
}
