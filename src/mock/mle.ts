import { createPrivateKey, type KeyObject } from "node:crypto";
import { CompactEncrypt, compactDecrypt, decodeJwt, decodeProtectedHeader } from "jose";
import type { ResolvedOptions } from "./options.js";
import { MOCK_MLE_KID, MOCK_MLE_PRIVATE_KEY } from "./mle-key.js";
import { header, type ReceivedRequest } from "./received-request.js";
import { halReply, invalidRequest, type Reply } from "./reply.js";

const mleKey: KeyObject = createPrivateKey(MOCK_MLE_PRIVATE_KEY);

/** A request after MLE: its plaintext body, and the response MLE key id its JWT asked for. */
export interface Opened {
  readonly body: Buffer;
  readonly responseKid: string | undefined;
  /** For the log: which directions were encrypted, e.g. `MLE: request decrypted, answer encrypted`. */
  readonly note: string | undefined;
}

/**
 * Decrypts `{"encryptedRequest":"<JWE>"}` with the mock's MLE key (the JWE `kid` must name its
 * certificate) and reads the JWT's `v-c-response-mle-kid` claim. An authenticated request only.
 * Cybersource's answer to an undecryptable body is not documented; the mock answers 400
 * INVALID_DATA (an assumption).
 */
export async function openRequest(
  request: ReceivedRequest,
  options: ResolvedOptions,
): Promise<Opened | { reply: Reply; note: string }> {
  const responseKid = responseKidOf(request);
  if (responseKid !== undefined && options.responseEncryption?.kid !== responseKid) {
    const note = `v-c-response-mle-kid ${responseKid} is not the mock's response MLE key id`;
    return { reply: invalidRequest("INVALID_DATA", `Declined - ${note}`, options.now()), note };
  }
  const jwe = encryptedRequestOf(request.body);
  const answer = responseKid === undefined ? [] : ["answer encrypted"];
  const note = (parts: string[]) => (parts.length === 0 ? undefined : `MLE: ${parts.join(", ")}`);
  if (jwe === undefined) return { body: request.body, responseKid, note: note(answer) };
  try {
    if (decodeProtectedHeader(jwe).kid !== MOCK_MLE_KID) throw new Error("kid");
    const { plaintext } = await compactDecrypt(jwe, mleKey, {
      keyManagementAlgorithms: ["RSA-OAEP-256"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    const parts = ["request decrypted", ...answer];
    return { body: Buffer.from(plaintext), responseKid, note: note(parts) };
  } catch {
    const note = "the encrypted request could not be decrypted with the mock's MLE key";
    return { reply: invalidRequest("INVALID_DATA", `Declined - ${note}`, options.now()), note };
  }
}

/**
 * `reply` with its body as `{"encryptedResponse":"<JWE>"}` (RSA-OAEP-256, A256GCM, `kid` = the
 * response MLE key id), when the JWT asked for it and the mock has that key. Its headers and
 * notes stay.
 */
export async function sealReply(
  reply: Reply,
  responseKid: string | undefined,
  options: ResolvedOptions,
): Promise<Reply> {
  const key = options.responseEncryption;
  if (responseKid === undefined || key === undefined || reply.delivery === "reset") return reply;
  const jwe = await new CompactEncrypt(Buffer.from(JSON.stringify(reply.body), "utf8"))
    .setProtectedHeader({
      alg: "RSA-OAEP-256",
      enc: "A256GCM",
      cty: "JWT",
      kid: key.kid,
      iat: Math.floor(options.now().getTime() / 1000),
    })
    .encrypt(key.key);
  // Headers and notes (`x-mock-notes`, the journal) are outside the encrypted body: they stay.
  return { ...reply, ...halReply(reply.status, { encryptedResponse: jwe }, reply.delivery) };
}

function responseKidOf(request: ReceivedRequest): string | undefined {
  const token = /^Bearer (\S+)$/i.exec(header(request, "authorization") ?? "")?.[1];
  if (token === undefined) return undefined;
  const kid = decodeJwt(token)["v-c-response-mle-kid"];
  return typeof kid === "string" ? kid : undefined;
}

function encryptedRequestOf(body: Buffer): string | undefined {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value !== "object" || value === null) return undefined;
    const jwe = (value as { encryptedRequest?: unknown }).encryptedRequest;
    return typeof jwe === "string" ? jwe : undefined;
  } catch {
    return undefined;
  }
}
