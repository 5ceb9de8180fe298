import type { Bytes } from "../internal/bytes.js";
import type { ReadAnswer, SignedParts, WireAuth } from "../transport/index.js";
import { readRequest, rebuildRequest } from "./request.js";
import { decryptAnswer, decryptResponse } from "./response-decrypt.js";
import type { ResponseDecryption } from "./response-mle.js";
import type { SigningStrategy } from "./signing-strategy.js";

/** The bytes signer of a strategy, given its loaded keys. */
export type SignBytes<Keys> = (
  keys: Keys,
  method: string,
  host: string,
  path: string,
  body: string | Bytes | undefined,
) => SignedParts | Promise<SignedParts>;

// The wire form of each strategy the SDK made: what the client's facade signs and reads with.
const wires = new WeakMap<object, WireAuth>();

/**
 * The signer over serialized bytes behind `strategy`, when the SDK made it; `undefined` for a
 * strategy written by hand (the client then goes through its `sign(Request)`).
 */
export function wireAuthOf(strategy: SigningStrategy): WireAuth | undefined {
  return wires.get(strategy);
}

/**
 * Builds a strategy from one signer over the serialized request: `sign(Request)` and the
 * openapi-fetch middleware read the request and delegate to it. Keys are loaded by `load` once,
 * on first use, and shared by every request; a failed load stays failed, since the configuration
 * it came from cannot change. With `decryption`, answers are decrypted (response MLE).
 */
export function defineStrategy<Keys>(
  load: () => Promise<Keys>,
  signBytes: SignBytes<Keys>,
  decryption?: ResponseDecryption,
): SigningStrategy {
  let keys: Keys | undefined;
  let loading: Promise<Keys> | undefined;
  const loaded = (): Promise<Keys> => (loading ??= load().then((value) => (keys = value)));
  const signParts: WireAuth["sign"] = async (method, host, path, body) =>
    signBytes(keys ?? (await loaded()), method, host, path, body);
  const sign = async (request: Request): Promise<Request> => {
    const { method, host, target, body } = await readRequest(request);
    const signed = await signParts(method, host, target, body);
    return rebuildRequest(request, signed.body, signed.headers);
  };
  const ready = async () => {
    await Promise.all([loaded(), decryption?.keys()]);
  };
  const strategy: SigningStrategy = {
    sign,
    onRequest: ({ request }) => sign(request),
    ready,
  };
  if (decryption === undefined) {
    wires.set(strategy, { sign: signParts });
    return strategy;
  }
  strategy.onResponse = async ({ request, response }) =>
    (await decryptResponse(decryption, request, response)) ?? response;
  const read = async (method: string, path: string, answer: ReadAnswer) =>
    (await decryptAnswer(decryption, method, path, answer)) ?? answer.text;
  wires.set(strategy, { sign: signParts, read });
  return strategy;
}
