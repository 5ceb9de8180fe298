// The merchant server of the checkout, on node:http: the page, its JSON routes, and the return
// URL of the 3-D Secure challenge. `npx cybersource-jpo checkout` runs it too, with a client of
// its embedded mock. Every request is logged with its body; transient tokens are masked, as they
// are bearer credentials for 15 minutes (and no card number ever arrives).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { JpoClient } from "cybersource-jpo";
import type { Caller } from "./device.js";
import { checkoutPage, returnPage } from "./page.js";
import { CheckoutPayments } from "./payments.js";
import { errorView } from "./view.js";

/** Options of {@link startCheckoutServer}. */
export interface CheckoutServerOptions {
  /** A client for Cybersource (or the mock), e.g. with `verifyTransientTokens: true`. */
  readonly client: JpoClient;
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Where each request is logged (tokens masked). Default: nowhere. */
  readonly log?: (line: string) => void;
}

/** The running checkout: its URL and how to stop it. */
export interface CheckoutServer {
  /** e.g. `http://127.0.0.1:3000` */
  readonly url: string;
  close(): Promise<void>;
}

type Answer = readonly [status: number, type: string, body: string];

const MAX_BODY = 64 * 1024;

/** Starts the checkout's merchant server. */
export async function startCheckoutServer(options: CheckoutServerOptions): Promise<CheckoutServer> {
  const payments = new CheckoutPayments(options.client);
  const log = options.log ?? (() => {});
  const server = createServer((request, response) => {
    void readBody(request)
      .then(async (body) => {
        log(`request ${request.method} ${request.url} ${maskTokens(body)}`.trimEnd());
        const answer = await route(payments, request, body).catch((error: unknown) => {
          log(`error ${request.method} ${request.url} ${String((error as Error).message)}`);
          return json(200, errorView(error));
        });
        send(response, answer);
      })
      .catch(() => response.destroy());
  });
  await listen(server, options.port ?? 0, options.host ?? "127.0.0.1");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A browser keeps connections open: they would hold close() up.
        server.closeAllConnections();
      }),
  };
}

async function route(payments: CheckoutPayments, request: IncomingMessage, body: string) {
  const caller = callerOf(request);
  const path = (request.url ?? "/").split("?")[0];
  if (request.method === "GET" && path === "/") return [200, "text/html", checkoutPage()] as const;
  if (request.method !== "POST") return [404, "text/plain", "not found"] as const;
  if (path === "/3ds/return") {
    const form = new URLSearchParams(body);
    const view = await payments.complete(form.get("TransactionId") ?? "", form.get("MD") ?? "");
    return [200, "text/html", returnPage(view)] as const;
  }
  const input = parse(body);
  if (path === "/capture-context") return json(200, await payments.captureContext(caller.origin));
  if (path === "/setup") {
    const [token, context] = [input["transientToken"], input["captureContext"]];
    return json(200, await payments.setup(String(token ?? ""), String(context ?? "")));
  }
  if (path === "/pay") {
    const choice = (input["choice"] ?? {}) as { paymentMethod?: unknown; installments?: unknown };
    const chosen = {
      paymentMethod: String(choice.paymentMethod ?? ""),
      installments: choice.installments === undefined ? undefined : String(choice.installments),
    };
    const orderId = String(input["orderId"] ?? "");
    return json(200, await payments.pay(orderId, chosen, input["browser"], caller));
  }
  return [404, "text/plain", "not found"] as const;
}

function callerOf(request: IncomingMessage): Caller {
  return {
    origin: `http://${request.headers.host ?? "127.0.0.1"}`,
    ipAddress: request.socket.remoteAddress?.replace(/^::ffff:/u, ""),
    accept: request.headers.accept,
    userAgent: request.headers["user-agent"],
  };
}

function parse(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function json(status: number, value: unknown): Answer {
  return [status, "application/json", JSON.stringify(value)];
}

function send(response: ServerResponse, [status, type, body]: Answer): void {
  response.writeHead(status, {
    "content-type": `${type};charset=utf-8`,
    "cache-control": "no-store",
  });
  response.end(body);
}

/** A JWT (a transient token) in a logged body. */
function maskTokens(body: string): string {
  return body.replace(/eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*/gu, "[transient token]");
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > MAX_BODY) throw new Error("request body too large");
  }
  return body;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
}
