import { ResponseEncryptionError } from "../errors.js";
import type { OperationName } from "../hooks.js";
import { loadJose } from "./jose.js";
import type { ReadAnswer } from "../transport/index.js";
import type { ResponseDecryption, ResponseKeys } from "./response-mle.js";

// The facade's operations by method and path (the base URL may carry a path prefix).
export const ROUTES: readonly (readonly [RegExp, OperationName])[] = [
  [/^POST .*\/pts\/v2\/payments$/u, "authorize"],
  [/^POST .*\/pts\/v2\/payments\/[^/]+\/captures$/u, "capture"],
  [/^POST .*\/pts\/v2\/payments\/[^/]+\/reversals$/u, "reverse"],
  [/^POST .*\/pts\/v2\/reversals$/u, "reverseTimedOut"],
  [/^POST .*\/pts\/v2\/voids$/u, "voidTimedOut"],
  [/^POST .*\/pts\/v2\/(captures|payments)\/[^/]+\/refunds$/u, "refund"],
  [/^POST .*\/pts\/v2\/(captures|refunds|credits)\/[^/]+\/voids$/u, "void"],
  [/^GET .*\/tss\/v2\/transactions\/[^/]+$/u, "getTransaction"],
  [/^POST .*\/tss\/v2\/searches$/u, "searchTransactions"],
  [/^POST .*\/microform\/v2\/sessions$/u, "createCaptureContext"],
];

/** Whether the request `method path` asks for an encrypted answer. */
export function asksEncryptedResponse(
  decryption: ResponseDecryption,
  method: string,
  path: string,
): boolean {
  if (decryption.operations === undefined) return true;
  const line = `${method.toUpperCase()} ${path}`;
  const route = ROUTES.find(([pattern]) => pattern.test(line));
  return route !== undefined && decryption.operations.has(route[1]);
}

/** `body` is `{"encryptedResponse": "<JWE>"}` and nothing else, as Cybersource's SDK checks it. */
function envelopeOf(text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== "object" || body === null || Object.keys(body).length !== 1) return undefined;
  const jwe = (body as { encryptedResponse?: unknown }).encryptedResponse;
  return typeof jwe === "string" && jwe !== "" ? jwe : undefined;
}

/**
 * The text of the answer to `method path` with its `encryptedResponse` decrypted, or `undefined`
 * when the request did not ask for encryption. A 2xx that is not encrypted, or an envelope that
 * does not decrypt, throws {@link ResponseEncryptionError}; an error answer that is not encrypted
 * is passed on as it is (Cybersource's SDK decrypts either kind only when encrypted).
 */
export async function decryptAnswer(
  decryption: ResponseDecryption,
  method: string,
  path: string,
  answer: ReadAnswer,
): Promise<string | undefined> {
  if (!asksEncryptedResponse(decryption, method, path)) return undefined;
  const about = {
    request: `${method.toUpperCase()} ${path}`,
    httpStatus: answer.httpStatus,
    correlationId: answer.correlationId,
  };
  const jwe = envelopeOf(answer.text);
  if (jwe !== undefined) return decrypt(decryption, jwe, about);
  const ok = answer.httpStatus >= 200 && answer.httpStatus <= 299;
  if (ok) throw new ResponseEncryptionError("RESPONSE_NOT_ENCRYPTED", about);
  return answer.text;
}

/**
 * {@link decryptAnswer} for openapi-fetch's `onResponse`: the answer to `request` with its
 * `encryptedResponse` decrypted (status and headers kept), or `undefined` when not asked for.
 */
export async function decryptResponse(
  decryption: ResponseDecryption,
  request: Request,
  response: Response,
): Promise<Response | undefined> {
  const path = new URL(request.url).pathname;
  if (!asksEncryptedResponse(decryption, request.method, path)) return undefined;
  const plain = await decryptAnswer(decryption, request.method, path, {
    httpStatus: response.status,
    correlationId: response.headers.get("v-c-correlation-id") ?? undefined,
    text: await response.text(),
  });
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(plain, { status: response.status, statusText: response.statusText, headers });
}

async function decrypt(
  decryption: ResponseDecryption,
  jwe: string,
  about: ConstructorParameters<typeof ResponseEncryptionError>[1],
): Promise<string> {
  const keys = await decryption.keys();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await decryptJwe(keys, jwe));
  } catch (error) {
    throw new ResponseEncryptionError("RESPONSE_DECRYPTION_FAILED", about, { cause: error });
  }
}

/**
 * The plaintext of a compact JWE that Cybersource encrypted to `keys` (RSA-OAEP-256 or
 * RSA-OAEP, A256GCM or A128GCM): encrypted answers and webhook payloads alike.
 */
export async function decryptJwe(keys: ResponseKeys, jwe: string): Promise<Uint8Array> {
  const { compactDecrypt } = await loadJose();
  const { plaintext } = await compactDecrypt(
    jwe,
    (header) => keys.keyFor(header.alg) as Promise<CryptoKey>,
    {
      keyManagementAlgorithms: ["RSA-OAEP-256", "RSA-OAEP"],
      contentEncryptionAlgorithms: ["A256GCM", "A128GCM"],
    },
  );
  return plaintext;
}
