/**
 * How requests to Cybersource are authenticated: {@link httpSignatureAuth} or {@link jwtAuth}.
 *
 * A strategy is also an openapi-fetch middleware (it has `onRequest`), so it can be passed to
 * `client.use(strategy)` as it is. Strategies keep no per-request state and may be shared.
 *
 * @example
 * ```ts
 * const auth = httpSignatureAuth({ merchantId, keyId, sharedSecret });
 * const signed = await auth.sign(new Request(url, { method: "POST", body }));
 * await fetch(signed);
 * ```
 */
export interface SigningStrategy {
  /**
   * Returns a new `Request` with the authentication headers set and, for a request with a body,
   * a body that is exactly the bytes that were signed (the encrypted envelope when request
   * encryption is on). Method, URL, other headers and signal are kept. Consumes `request`'s body.
   */
  sign(request: Request): Promise<Request>;

  /** openapi-fetch middleware hook: the same as `sign(request)`. */
  onRequest(options: { readonly request: Request }): Promise<Request>;

  /**
   * Present with response MLE (`jwtAuth({ responseEncryption })`): the openapi-fetch middleware
   * hook that returns `response` with its `encryptedResponse` decrypted. After `sign` and your own
   * `fetch`, call it with the signed request to read the answer. Rejects with
   * `ResponseEncryptionError` (`RESPONSE_NOT_ENCRYPTED`, `RESPONSE_DECRYPTION_FAILED`).
   */
  onResponse?(options: {
    readonly request: Request;
    readonly response: Response;
  }): Promise<Response>;

  /**
   * Imports the keys now (otherwise the first `sign` does) and rejects with an
   * `AuthConfigError` if they are unusable. Keys are imported once per strategy.
   */
  ready(): Promise<void>;
}
