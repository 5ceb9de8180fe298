import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockContext } from "../context.js";
import { fieldPage, microformLibrary } from "./browser-assets.js";
import { readBody } from "../read-body.js";

// What the buyer's browser talks to, without the merchant's credentials: the card field page
// (standing in for Microform's iframe, served at the mock's origin so that the card never passes
// through the merchant's page or server), its small client library, and POST /flex/v2/tokens,
// which turns the card into a transient token. The real Microform encrypts the card with the
// capture context's key before sending it; the mock takes it as JSON over loopback.

const MAX_BODY_BYTES = 64 * 1024;

/** Answers the browser-facing routes; false for any other request. */
export function answerBrowser(
  context: MockContext,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  const path = (request.url ?? "/").split("?")[0];
  if (request.method === "GET" && path === "/microform/v2/flex-microform.js") {
    // Loaded cross-origin with an integrity value, so it must be readable by any page.
    response.setHeader("access-control-allow-origin", "*");
    send(response, 200, "text/javascript;charset=utf-8", microformLibrary);
  } else if (request.method === "GET" && path === "/microform/v2/field.html") {
    send(response, 200, "text/html;charset=utf-8", fieldPage);
  } else if (request.method === "POST" && path === "/flex/v2/tokens") {
    tokenize(context, request, response).catch(() => response.destroy());
  } else {
    return false;
  }
  context.options.log(`${request.method} ${path} (browser)`);
  return true;
}

async function tokenize(
  context: MockContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const bytes = await readBody(request, MAX_BODY_BYTES);
  if (bytes === undefined) return refuse(response, "The body is too large");
  let body: { captureContext?: unknown; card?: Record<string, unknown> };
  try {
    body = JSON.parse(bytes.toString("utf8")) as typeof body;
  } catch {
    return refuse(response, "The body is not JSON");
  }
  const card = body.card ?? {};
  const fields = ["number", "expirationMonth", "expirationYear"] as const;
  if (typeof body.captureContext !== "string" || fields.some((f) => typeof card[f] !== "string")) {
    return refuse(
      response,
      "captureContext and card.number, expirationMonth, expirationYear are required",
    );
  }
  const result = context.flex.tokenize(
    body.captureContext,
    {
      number: String(card["number"]).replace(/\s/gu, ""),
      expirationMonth: String(card["expirationMonth"]),
      expirationYear: String(card["expirationYear"]),
      ...(typeof card["securityCode"] === "string" ? { securityCode: card["securityCode"] } : {}),
    },
    context.options.now(),
  );
  if ("error" in result) return refuse(response, result.error);
  send(response, 201, "application/jwt;charset=utf-8", result.token);
}

function refuse(response: ServerResponse, message: string): void {
  const body = JSON.stringify({ status: "INVALID_REQUEST", reason: "VALIDATION_ERROR", message });
  send(response, 400, "application/json;charset=utf-8", body);
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}
