// Readers for parsed JSON of unknown shape (responses, callers' requests): they never throw.

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** `value` if it is a string. */
export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Whether `value` is an object (not null; arrays included, as JSON.parse may return them). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null;
}

/** The value at `keys` under `value`, or `undefined` where the path breaks off. */
export function dig(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Whether `id` can be a Cybersource payment id, and so a safe segment of a URL path. */
export function isPaymentId(id: unknown): id is string {
  return typeof id === "string" && /^[0-9A-Za-z]{1,26}$/u.test(id);
}
