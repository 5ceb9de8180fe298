import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * CORS for a page in a browser that calls the mock from another origin (the `cors` option):
 * every response may be read by any origin, `v-c-correlation-id` included, and a preflight is
 * answered here with the method and headers it asks for. Returns true when it answered.
 * Real Cybersource sends no CORS headers; this exists only for browser tests.
 */
export function answerCors(request: IncomingMessage, response: ServerResponse): boolean {
  response.setHeader("access-control-allow-origin", "*");
  response.setHeader("access-control-expose-headers", "v-c-correlation-id");
  if (
    request.method !== "OPTIONS" ||
    request.headers["access-control-request-method"] === undefined
  )
    return false;
  response.writeHead(204, {
    "access-control-allow-methods": "GET, POST",
    "access-control-allow-headers": request.headers["access-control-request-headers"] ?? "",
    "access-control-max-age": "600",
  });
  response.end();
  return true;
}
