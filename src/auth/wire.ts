import type { WireAuth } from "../transport/index.js";
import type { SigningStrategy } from "./signing-strategy.js";
import { wireAuthOf } from "./strategy.js";

/**
 * How a client signs with `strategy`: its signer over serialized bytes when the SDK made it;
 * otherwise, for a strategy written by hand, its `sign(Request)` (and `onResponse`) on a
 * `Request` built for `origin`.
 */
export function wireAuthFor(strategy: SigningStrategy, origin: string): WireAuth {
  const own = wireAuthOf(strategy);
  if (own !== undefined) return own;
  const requestFor = (method: string, path: string, body?: BodyInit) =>
    new Request(origin + path, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body }),
    });
  const onResponse = strategy.onResponse?.bind(strategy);
  return {
    sign: async (method, _host, path, body) => {
      const signed = await strategy.sign(requestFor(method, path, body));
      const headers: Record<string, string> = {};
      signed.headers.forEach((value, name) => (headers[name] = value));
      const bytes = signed.body === null ? undefined : new Uint8Array(await signed.arrayBuffer());
      return { headers, body: bytes };
    },
    ...(onResponse === undefined
      ? {}
      : {
          read: async (method, path, answer) => {
            const headers =
              answer.correlationId === undefined
                ? undefined
                : { "v-c-correlation-id": answer.correlationId };
            const response = new Response(answer.text, {
              status: answer.httpStatus,
              ...(headers ? { headers } : {}),
            });
            return (await onResponse({ request: requestFor(method, path), response })).text();
          },
        }),
  };
}
