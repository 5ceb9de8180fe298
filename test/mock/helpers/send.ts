// Sends signed requests to a running mock and checks every response against the spec.
import {
  httpSignatureHeaders,
  jwtHeaders,
  type HttpSignatureTweaks,
  type JwtKey,
  type JwtTweaks,
  type RequestParts,
} from "./sign.js";
import { checkedResponse, type MockResponse } from "./spec-response.js";

/** Makes the authentication headers of a request. */
export type Signer = (
  parts: RequestParts,
) => Record<string, string> | Promise<Record<string, string>>;

/** HTTP Signature, optionally spoiled. */
export const httpSignature =
  (tweaks?: HttpSignatureTweaks): Signer =>
  (parts) =>
    httpSignatureHeaders(parts, tweaks);

/** A JWT (HS256 with the shared secret unless `key` says otherwise), optionally spoiled. */
export const jwt =
  (key?: JwtKey, tweaks?: JwtTweaks): Signer =>
  (parts) =>
    jwtHeaders(parts, key, tweaks);

/** Options of {@link send}. */
export interface SendOptions {
  readonly method?: string;
  readonly signer?: Signer;
  /** Change the body after it was signed. */
  readonly tamper?: (body: string) => string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** A signed `fetch` to `mock.url + path`; `body` is sent as is if a string, else as JSON. */
export async function signedFetch(
  mock: { readonly url: string },
  path: string,
  body: unknown,
  options: SendOptions = {},
): Promise<Response> {
  const method = options.method ?? "POST";
  const text =
    body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
  const url = mock.url + path;
  const auth = await (options.signer ?? httpSignature())({ method, url, body: text });
  const sent = text === undefined || options.tamper === undefined ? text : options.tamper(text);
  return fetch(url, {
    method,
    headers: { "content-type": "application/json", ...auth, ...options.headers },
    ...(sent === undefined ? {} : { body: sent }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}

/** {@link signedFetch}, then the response read and checked against the spec. */
export async function send(
  mock: { readonly url: string },
  path: string,
  body: unknown,
  options: SendOptions = {},
): Promise<MockResponse> {
  const response = await signedFetch(mock, path, body, options);
  return checkedResponse(options.method ?? "POST", path.split("?")[0]!, response);
}
