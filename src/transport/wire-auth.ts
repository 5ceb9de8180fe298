/** Headers that authenticate one request, and the body to send with them. */
export interface SignedParts {
  readonly headers: Readonly<Record<string, string>>;
  /** Exactly the bytes that were signed: the body given, or its encrypted envelope under MLE. */
  readonly body: string | Uint8Array<ArrayBuffer> | undefined;
}

/** A response as read whole by the transport, before it is interpreted. */
export interface ReadAnswer {
  readonly httpStatus: number;
  readonly correlationId: string | undefined;
  readonly text: string;
}

/**
 * How the transport authenticates what it sends: one signer over the serialized request
 * `(method, host, path, body) -> headers`, and, with response MLE, the step that decrypts an
 * answer before anything reads it. The client builds it from the auth strategy.
 */
export interface WireAuth {
  /** `path` is the path and query as sent; `host` includes a non-default port. */
  readonly sign: (
    method: string,
    host: string,
    path: string,
    body: string | Uint8Array<ArrayBuffer> | undefined,
  ) => Promise<SignedParts>;
  /** The answer's text as the caller should read it (decrypted under response MLE). */
  readonly read?: (method: string, path: string, answer: ReadAnswer) => Promise<string>;
}
