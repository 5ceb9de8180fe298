/**
 * `CompactSign` and `CompactEncrypt` from `jose`, loaded on first use: importing jose costs a
 * cold start 35-40 ms in Node (bench/), and HTTP Signature users never need it.
 */
export function loadJose(): Promise<typeof import("./jose-ops.js")> {
  return import("./jose-ops.js");
}
