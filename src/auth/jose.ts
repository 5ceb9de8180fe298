/**
 * The jose functions for message-level encryption (JWE both ways) and transient-token
 * verification, loaded on first use: importing jose costs a cold start 35-40 ms in Node (bench/),
 * and a client that signs without MLE never needs it (JWTs are signed without jose).
 */
export function loadJose(): Promise<typeof import("./jose-ops.js")> {
  return import("./jose-ops.js");
}
