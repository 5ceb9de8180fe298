// Canned Cybersource answers for the response tests: a fetch answer from a status, body and
// content type, and what the client parses out of it.

/** One answer: the HTTP status, the body text and the `content-type` ("" for none). */
export type Canned = { status: number; body: string; type: string };

/** Statuses whose response carries no body, whatever was given. */
export const emptyStatus = (status: number) => [204, 205, 304].includes(status);

/** A `respond` for `recordingFetch` that answers `canned` every time. */
export function answer({ status, body, type }: Canned) {
  return () =>
    new Response(emptyStatus(status) ? null : body, {
      status,
      headers: type === "" ? {} : { "content-type": type },
    });
}

/** The JSON the client receives, or `undefined` when there is none or it does not parse. */
export function received({ status, body }: Canned): unknown {
  if (emptyStatus(status)) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** `value[keys[0]][keys[1]]...`, or `undefined` where a step is not an object. */
export const dig = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<any>(
    (node, key) => (typeof node === "object" && node !== null ? node[key] : undefined),
    value,
  );
