import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { redact } from "../index.js";
import { authenticate } from "./authenticate.js";
import { openRequest, sealReply } from "./mle.js";
import type { MockContext } from "./context.js";
import type { ReceivedRequest } from "./received-request.js";
import {
  authenticationFailed,
  halReply,
  invalidRequest,
  methodNotAllowed,
  type Reply,
} from "./reply.js";
import { maskedBody, notesHeader } from "./journal.js";
import { operationAt, route, SETTLE_PATH, type Route } from "./router.js";
import { sendReply, type HeldReplies } from "./send.js";
import { readBody } from "./read-body.js";

const MAX_BODY_BYTES = 1024 * 1024;

/** Handles one HTTP request: route, read, authenticate, parse, then the operation. */
export async function dispatch(
  context: MockContext,
  held: HeldReplies,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = (request.method ?? "GET").toUpperCase();
  const target = request.url ?? "/";
  const path = target.split("?")[0]!;
  const at = context.options.now();
  const received = { body: Buffer.alloc(0) };
  const answered = await answer(context, request, { method, target, path }, received);
  const { note } = answered;
  const notes = answered.reply.notes ?? [];
  const reply =
    notes.length === 0
      ? answered.reply
      : {
          ...answered.reply,
          headers: { ...answered.reply.headers, "x-mock-notes": notesHeader(notes) },
        };
  context.options.log(
    `${shown(method)} ${shown(path)} ${reply.status}${note === undefined ? "" : ` (${shown(note)})`}`,
  );
  context.store.addRequest({
    operation: operationAt(path),
    method,
    path,
    status: reply.status,
    body: maskedBody(received.body),
    notes,
    at: at.toISOString(),
  });
  sendReply(response, reply, randomUUID(), {
    replies: held,
    slowResponseMs: context.options.slowResponseMs,
  });
}

type RequestLine = Pick<ReceivedRequest, "method" | "target" | "path">;

async function answer(
  context: MockContext,
  request: IncomingMessage,
  line: RequestLine,
  raw: { body: Buffer },
): Promise<{ reply: Reply; note?: string }> {
  if (line.path === SETTLE_PATH) return { reply: settle(context, line.method) };
  const matched = route(line.method, line.path);
  if (!isRoute(matched)) return { reply: matched };
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === undefined) return { reply: tooLarge() };
  raw.body = body;
  const received: ReceivedRequest = { ...line, headers: request.headers, body };
  const failure = await authenticate(received, context.options);
  if (failure !== undefined) return { reply: authenticationFailed(), note: failure };
  const opened = await openRequest(received, context.options);
  if ("reply" in opened) return opened;
  const at = context.options.now();
  // A GET (a lookup) has no body to parse.
  const parsed = line.method === "GET" ? {} : parseObject(opened.body);
  const reply =
    parsed === undefined
      ? invalidRequest("INVALID_DATA", "Declined - The body is not a JSON object", at)
      : undefined;
  try {
    const before = context.webhooks.snapshot(context.store);
    const answered = reply ?? matched.handler(context, { body: parsed, id: matched.id, at });
    context.webhooks.notify(before, context.store);
    const sealed = await sealReply(answered, opened.responseKid, context.options);
    return opened.note === undefined ? { reply: sealed } : { reply: sealed, note: opened.note };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reply: halReply(500, { status: "MOCK_ERROR", message }), note: message };
  }
}

/**
 * Text from a request as the log may show it: card data masked as the SDK masks it, control
 * and invisible characters escaped, and at most 200 characters.
 */
function shown(text: string): string {
  const masked = String(redact(text)).replace(
    /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return masked.length > 200 ? `${masked.slice(0, 200)}…` : masked;
}

/**
 * `POST /mock/settle`: what Cybersource's daily batch does, on demand, for tests in another
 * process. Unauthenticated, like the rest of the mock's own surface; never a Cybersource path.
 */
function settle(context: MockContext, method: string): Reply {
  if (method !== "POST") return methodNotAllowed(method, SETTLE_PATH, "POST");
  return {
    ...halReply(200, context.store.settle()),
    contentType: "application/json;charset=utf-8",
  };
}

function isRoute(value: Route | Reply): value is Route {
  return "handler" in value;
}

/** The body as a JSON object, or `undefined` if it is not JSON or not an object. */
function parseObject(body: Buffer): object | undefined {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function tooLarge(): Reply {
  return {
    status: 413,
    body: { status: "PAYLOAD_TOO_LARGE", message: "The mock accepts bodies up to 1 MiB." },
    contentType: "application/json;charset=utf-8",
    delivery: "normal",
    headers: { connection: "close" },
  };
}
