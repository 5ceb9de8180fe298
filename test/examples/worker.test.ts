// examples/cloudflare-worker: the Worker served by workerd on 127.0.0.1, with the vars and the
// queue of its wrangler.jsonc. The queue is workerd's own Queues Worker (/workerd/queues.js), so
// a timeout reversal goes through a real queue to the example's queue() handler.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect } from "vitest";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";
import { tempFolder } from "../runtimes/support/temp.js";
import { bundleExample, eventually, root, startExampleMock } from "./support/example.js";
import { startServer } from "./support/server.js";
import { billTo } from "../support/requests.js";

interface Wrangler {
  vars: Record<string, string>;
  queues: {
    producers: { binding: string; queue: string }[];
    consumers: { queue: string; max_retries?: number }[];
  };
}

/** The example's wrangler.jsonc: JSON with whole-line comments and trailing commas. */
async function wrangler(): Promise<Wrangler> {
  const jsonc = await readFile(join(root, "examples/cloudflare-worker/wrangler.jsonc"), "utf8");
  const json = jsonc.replace(/^\s*\/\/.*$/gmu, "").replace(/,(\s*[}\]])/gu, "$1");
  return JSON.parse(json) as Wrangler;
}

const text = (name: string, value: string) =>
  `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`;

/**
 * A workerd config for the bundled Worker: its vars (with `overrides`) as text bindings, its
 * queue producer bound to the Queues Worker, which delivers to the Worker's queue() handler.
 * Fetches to 127.0.0.1 (the mock) go through a network service that allows loopback.
 */
function capnp(config: Wrangler, overrides: Record<string, string>, disk: string): string {
  const [producer] = config.queues.producers;
  const [consumer] = config.queues.consumers;
  if (producer === undefined || consumer?.queue !== producer.queue) throw new Error("one queue");
  const vars = Object.entries({ ...config.vars, ...overrides }).map(([k, v]) => text(k, v));
  const props = JSON.stringify(JSON.stringify({ queue: producer.queue }));
  const settings = {
    consumer: "EXAMPLE",
    maxBatchTimeout: 1,
    maxRetries: consumer.max_retries ?? 3,
  };
  const consumers = JSON.stringify(JSON.stringify({ [producer.queue]: settings }));
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .example),
    (name = "queues", worker = .queues),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
    (name = "queue-disk", disk = (path = ${JSON.stringify(disk)}, writable = true)),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const example :Workerd.Worker = (
  modules = [(name = "worker", esModule = embed "worker.mjs")],
  compatibilityDate = "2025-09-01",
  globalOutbound = "loopback",
  bindings = [
    ${[...vars, `(name = "${producer.binding}", queue = (name = "queues", props = (json = ${props})))`].join(",\n    ")},
  ],
);
const queues :Workerd.Worker = (
  modules = [(name = "queues", bundled = "/workerd/queues.js")],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = ["service_binding_extra_handlers"],
  durableObjectNamespaces = [(className = "QueueShard", uniqueKey = "jpo-example-queues", enableSql = true)],
  durableObjectStorage = (localDisk = "queue-disk"),
  bindings = [
    (name = "SHARD", durableObjectNamespace = "QueueShard"),
    (name = "CONSUMERS", json = ${consumers}),
    (name = "EXAMPLE", service = "main"),
  ],
);
`;
}

const order = (amount: string) => ({
  amount,
  installments: "6",
  card: { number: "4111111111111111", expirationMonth: "12", expirationYear: "2031" },
  billTo,
});

describe("the Cloudflare Worker example", () => {
  runtimeTest(
    runtimes.workerd,
    "pays, declines, rejects invalid orders and queues the timeout reversal",
    async () => {
      const { mock, env } = await startExampleMock();
      const script = await bundleExample("cloudflare-worker/worker.ts", "neutral");
      const dir = dirname(script);
      const config = join(dir, "config.capnp");
      // The queue's 60 s delay is Cybersource's waiting time; the mock needs none.
      const vars = { ...env, TIMEOUT_REVERSAL_DELAY_SECONDS: "0" };
      await writeFile(config, capnp(await wrangler(), vars, await tempFolder("queue-disk")));
      const worker = await startServer(
        runtimes.workerd.path,
        ["serve", config, "--experimental", "--control-fd=3"],
        {
          env: process.env,
          from: "fd3",
          listening: (signals) => {
            const port = /"socket":"http","port":(\d+)/u.exec(signals)?.[1];
            return port === undefined ? undefined : `http://127.0.0.1:${port}`;
          },
        },
      );

      const paid = await worker.post("/checkout", order("60000"));
      expect(paid).toMatchObject({ status: 200, json: { status: "PAID", amount: "60000" } });
      const declined = await worker.post("/checkout", order("1003"));
      expect(declined).toMatchObject({
        status: 402,
        json: { status: "DECLINED", reason: "STOLEN_LOST_CARD" },
      });
      const invalid = await worker.post("/checkout", { ...order("60000"), installments: "0" });
      expect(invalid.status).toBe(422);
      expect(invalid.json["issues"]).toMatchObject([
        { path: "processingInformation.japanPaymentOptions.installments", rule: "pattern" },
      ]);

      const unknown = await worker.post("/checkout", order("5001"));
      expect(unknown).toMatchObject({ status: 503, json: { status: "UNKNOWN" } });
      const { transactionId } = unknown.json;
      const reversal = await eventually(() => mock.reversals.find((r) => r.timeout), 15_000);
      expect(reversal).toMatchObject({ transactionId, amount: "5001" });
      expect(mock.authorizations.map((a) => [a.amount, a.installments, a.state])).toEqual([
        ["60000", "6", "CAPTURED"],
        ["1003", "6", "DECLINED"],
        ["5001", "6", "REVERSED"],
      ]);
      await eventually(() =>
        worker.output().includes(`timeout reversal of ${String(transactionId)}: REVERSED`)
          ? true
          : undefined,
      );
    },
    60_000,
  );
});
