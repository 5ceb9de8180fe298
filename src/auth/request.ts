import type { Bytes } from "../internal/bytes.js";

/** What the signature covers, read once from a `Request`. */
export interface RequestParts {
  /** Upper-case method, e.g. `POST`. */
  readonly method: string;
  /** The URL's host, with the port when it is not the default one. */
  readonly host: string;
  /** Path and query, as sent. */
  readonly target: string;
  /** The body bytes; `undefined` when the request has no body. */
  readonly body: Bytes | undefined;
}

const DIGEST_METHODS = new Set(["POST", "PUT", "PATCH"]);

/**
 * Whether the method's signature covers a body digest. Cybersource's SDK adds the digest for
 * POST, PUT and PATCH only, an empty body included.
 */
export function carriesDigest(method: string): boolean {
  return DIGEST_METHODS.has(method);
}

/** Reads `request`'s body as bytes (consuming it) together with the signed request line. */
export async function readRequest(request: Request): Promise<RequestParts> {
  const url = new URL(request.url);
  const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
  return {
    method: request.method.toUpperCase(),
    host: url.host,
    target: url.pathname + url.search,
    body,
  };
}

/**
 * A new `Request` like `request` (method, URL, signal, mode, ...), with `body` as its body and
 * `headers` set over its headers.
 */
export function rebuildRequest(
  request: Request,
  body: string | Bytes | undefined,
  headers: Readonly<Record<string, string>>,
): Request {
  const merged = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers)) merged.set(name, value);
  return new Request(request, { body: body ?? null, headers: merged });
}
