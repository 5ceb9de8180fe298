import type { ReadAnswer } from "./wire-auth.js";

/** Why a response was not handed on: it redirected, or its body passed the size limit. */
export class Unaccepted extends Error {
  constructor(
    readonly kind: "redirect" | "too-large",
    readonly httpStatus: number,
  ) {
    super(kind);
  }
}

const decoder = new TextDecoder();

/**
 * Sends with a fetch that never follows a redirect (a signed payment must not be replayed to
 * another host: `redirect: "manual"`), throws {@link Unaccepted} for a 3xx or an opaque redirect,
 * and reads the body up to `maxBytes` (throwing `Unaccepted("too-large")` past it, without
 * buffering the rest), racing the read against `expired` (which rejects when `init.signal`
 * aborts: a fetch may not end a body's read on its signal). Resolves to the answer read whole.
 */
export async function boundedFetch(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit & { signal: AbortSignal },
  maxBytes: number,
  expired: Promise<never>,
): Promise<ReadAnswer> {
  const response = await fetchImpl(url, { ...init, redirect: "manual" });
  if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400)) {
    void response.body?.cancel().catch(() => {});
    throw new Unaccepted("redirect", response.status);
  }
  const bytes = await Promise.race([readLimited(response, maxBytes), expired]);
  if (bytes === undefined) throw new Unaccepted("too-large", response.status);
  return {
    httpStatus: response.status,
    correlationId: response.headers.get("v-c-correlation-id") ?? undefined,
    text: decoder.decode(bytes),
  };
}

async function readLimited(
  response: Response,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const body = response.body;
  if (body === null) return new Uint8Array(new ArrayBuffer(0));
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    void body.cancel().catch(() => {});
    return undefined;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
