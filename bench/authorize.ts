// The two ways the loopback sections authorize: through a client, and by raw fetch of the same
// request serialized and signed inline.
import { wireAuthOf } from "../src/auth/strategy.js";
import { httpSignatureAuth, type JpoClient } from "../src/index.js";
import { benchRequest, credentials, nodeSignedHeaders, wireBody } from "./shared.js";

const PATH = "/pts/v2/payments";

/** `client.authorize` of {@link benchRequest}; throws unless the answer is AUTHORIZED. */
export function authorizer(client: Pick<JpoClient, "authorize">): () => Promise<void> {
  return async () => {
    const result = await client.authorize(benchRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
  };
}

/** This SDK's bytes signer for {@link credentials}, made on first use and then shared. */
let bytesSigner: ReturnType<typeof wireAuthOf>;
async function bytesSigned(host: string, body: string) {
  bytesSigner ??= wireAuthOf(httpSignatureAuth(credentials))!;
  return (await bytesSigner.sign("POST", host, PATH, body)).headers;
}

export interface RawOptions {
  /** Give each request a timeout signal, as `authorize` does. Default false. */
  readonly timeout?: boolean;
  /** Sign with node:crypto (as Cybersource's SDK does; the default) or this SDK's bytes signer. */
  readonly signer?: "node" | "bytes";
}

let batch = 0;

/**
 * Raw fetch of {@link benchRequest} to `serverUrl`: serializes and signs each request inline, with
 * its own transaction id, and throws unless the answer is a 201 AUTHORIZED. With `timeout`, each
 * request gets a timeout signal as `authorize` does (undici's own handling of a request's signal
 * costs tens of µs of CPU per request).
 */
export function rawAuthorization(
  serverUrl: string,
  { timeout = false, signer = "node" }: RawOptions = {},
): () => Promise<void> {
  const url = `${serverUrl}${PATH}`;
  const host = new URL(serverUrl).host;
  const prefix = `raw-${++batch}-`;
  let sent = 0;
  return async () => {
    const body = wireBody(prefix + sent++);
    const controller = timeout ? new AbortController() : undefined;
    const timer = timeout ? setTimeout(() => controller!.abort(), 60_000) : undefined;
    const response = await fetch(url, {
      method: "POST",
      headers: signer === "node" ? nodeSignedHeaders(host, body) : await bytesSigned(host, body),
      body,
      ...(controller === undefined ? {} : { signal: controller.signal }),
    });
    clearTimeout(timer);
    const json = (await response.json()) as { status?: string };
    if (response.status !== 201 || json.status !== "AUTHORIZED") {
      throw new Error(String(response.status));
    }
  };
}
