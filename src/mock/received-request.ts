import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** A request as the mock received it, body read in full. */
export interface ReceivedRequest {
  /** Upper-case method. */
  readonly method: string;
  /** Path and query exactly as sent (what `request-target` covers). */
  readonly target: string;
  /** The path without the query. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** The value of a header sent once, or `undefined` when missing or repeated. */
export function header(request: ReceivedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === "string" ? value : undefined;
}

/** Whether Cybersource expects a body digest for this method (POST, PUT, PATCH). */
export function carriesBody(request: ReceivedRequest): boolean {
  return request.method === "POST" || request.method === "PUT" || request.method === "PATCH";
}

/** base64 of SHA-256 over the raw body bytes. */
export function bodyDigest(request: ReceivedRequest): string {
  return createHash("sha256").update(request.body).digest("base64");
}
