import type { ServerResponse } from "node:http";
import type { Reply } from "./reply.js";

/** Replies held back by the slow scenario, so that `close()` can drop them. */
export class HeldReplies {
  readonly #timers = new Set<NodeJS.Timeout>();

  /** Runs `write` after `ms`, unless the client goes away or {@link clear} runs first. */
  hold(response: ServerResponse, ms: number, write: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      write();
    }, ms);
    this.#timers.add(timer);
    response.once("close", () => {
      clearTimeout(timer);
      this.#timers.delete(timer);
    });
  }

  clear(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

/** Writes `reply` as its `delivery` says, with a `v-c-correlation-id` header. */
export function sendReply(
  response: ServerResponse,
  reply: Reply,
  correlationId: string,
  held: { readonly replies: HeldReplies; readonly slowResponseMs: number },
): void {
  // A JWT (application/jwt) or a page is sent as it is; everything else as JSON.
  const raw = typeof reply.body === "string" && !reply.contentType.includes("json");
  const json = Buffer.from(raw ? (reply.body as string) : JSON.stringify(reply.body), "utf8");
  const write = (body: Buffer) => {
    if (response.destroyed) return; // the client left, or close() ran
    response.writeHead(reply.status, {
      ...reply.headers,
      "content-type": reply.contentType,
      "content-length": String(body.length),
      "v-c-correlation-id": correlationId,
    });
    response.end(body);
  };
  switch (reply.delivery) {
    case "reset":
      // A TCP RST, as when a load balancer drops the connection mid-request.
      response.socket?.resetAndDestroy();
      return;
    case "truncated":
      write(json.subarray(0, Math.floor(json.length / 2)));
      return;
    case "slow":
      held.replies.hold(response, held.slowResponseMs, () => write(json));
      return;
    default:
      write(json);
  }
}
