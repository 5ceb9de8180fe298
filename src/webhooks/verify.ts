import {
  decryptJwe,
  importDecryptionKeys,
  readDecryptionKey,
  type ResponseEncryptionOptions,
} from "../auth/index.js";
import type { WebhookEvent } from "./events.js";
import {
  hmacVerifier,
  parseSignatureHeader,
  signedBytes,
  type SignedContent,
} from "./signature.js";
import { WebhookVerificationError } from "./webhook-error.js";

/** A webhook digital signature key, as `POST /kms/egress/v2/keys-sym` returns it. */
export interface WebhookKey {
  /** `keyInformation.keyId`. */
  readonly keyId: string;
  /** `keyInformation.key`: the secret, base64 as Cybersource issues it. */
  readonly secret: string;
}

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** The request headers (a `Headers` or a plain object such as node's `request.headers`). */
  readonly headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The raw body exactly as received: verify before parsing. */
  readonly body: string | Uint8Array;
  /** Your keys; several during a rotation. The header's `keyId` picks one. */
  readonly keys: readonly WebhookKey[];
  /** The clock; default `new Date()`. */
  readonly now?: Date;
  /** How far `t` may be from `now`, in seconds; default 300. */
  readonly toleranceSeconds?: number;
  /** What the HMAC covers (see {@link SignedContent}); default `"either"` reading. */
  readonly signedContent?: SignedContent | "either";
  /** Says whether this `notificationId` was already received (then `REPLAYED`). */
  readonly isReplay?: (notificationId: string) => boolean | Promise<boolean>;
  /** Your MLE private key, for notifications whose `payload` is a JWE (payment events). */
  readonly decryptionKey?: ResponseEncryptionOptions["privateKey"];
}

const fail = (reason: ConstructorParameters<typeof WebhookVerificationError>[0], what: string) =>
  new WebhookVerificationError(reason, what);

/**
 * Verifies a Cybersource webhook notification and returns its event; throws
 * {@link WebhookVerificationError} (code `WEBHOOK_VERIFICATION_FAILED`) with a `reason`.
 * Checks, in order: the `v-c-signature` header, its `keyId`, the HMAC-SHA256 (keyed with the
 * base64-decoded secret), the timestamp `t` (milliseconds) against `toleranceSeconds`, the body,
 * `isReplay`, then decrypts an encrypted `payload`.
 *
 * @example
 * ```ts
 * const event = await verifyWebhook({ headers: request.headers, body: rawBody, keys });
 * if (event.eventType === "payments.capture.status.accepted") markCaptured(event.payload);
 * ```
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  const header = parseSignatureHeader(headerOf(options.headers, "v-c-signature"));
  if (header === undefined) throw fail("SIGNATURE_HEADER_INVALID", "no valid v-c-signature header");
  const key = options.keys.find((candidate) => candidate.keyId === header.keyId);
  if (key === undefined) throw fail("UNKNOWN_KEY", "the notification's keyId is none of your keys");
  const body =
    typeof options.body === "string" ? options.body : new TextDecoder().decode(options.body);
  const readings: SignedContent[] =
    options.signedContent === undefined || options.signedContent === "either"
      ? ["timestamp.body", "body"]
      : [options.signedContent];
  const verify = await hmacVerifier(key.secret, header.sig);
  let matched = false;
  for (const reading of readings) {
    matched = await verify(signedBytes(reading, header.timestamp, body));
    if (matched) break;
  }
  if (!matched) throw fail("SIGNATURE_MISMATCH", "the signature does not match the body");
  const now = (options.now ?? new Date()).getTime();
  const tolerance = (options.toleranceSeconds ?? 300) * 1000;
  if (Math.abs(now - Number(header.timestamp)) > tolerance) {
    throw fail("STALE_TIMESTAMP", "the signature's timestamp is outside the tolerance");
  }
  return readEvent(body, options);
}

async function readEvent(body: string, options: VerifyWebhookOptions): Promise<WebhookEvent> {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw fail("PAYLOAD_INVALID", "the body is not JSON");
  }
  if (typeof json !== "object" || json === null || typeof json["eventType"] !== "string") {
    throw fail("PAYLOAD_INVALID", "the body has no eventType");
  }
  const text = (name: string) =>
    typeof json[name] === "string" ? (json[name] as string) : undefined;
  const notificationId = text("notificationId");
  if (notificationId !== undefined && (await options.isReplay?.(notificationId)) === true) {
    throw fail("REPLAYED", "this notification was already received");
  }
  const payload = json["payload"];
  return {
    eventType: json["eventType"],
    eventDate: text("eventDate"),
    webhookId: text("webhookId"),
    notificationId,
    payload: typeof payload === "string" ? await decrypt(payload, options) : payload,
  };
}

/** Decrypts a JWE `payload` with `decryptionKey` (RSA-OAEP-256 or RSA-OAEP, A256GCM or A128GCM). */
async function decrypt(jwe: string, options: VerifyWebhookOptions): Promise<unknown> {
  if (options.decryptionKey === undefined) {
    throw fail("DECRYPTION_FAILED", "the payload is encrypted and no decryptionKey was given");
  }
  try {
    const field = "decryptionKey";
    const keys = await importDecryptionKeys(
      readDecryptionKey(options.decryptionKey, field),
      "",
      field,
    );
    return JSON.parse(new TextDecoder().decode(await decryptJwe(keys, jwe))) as unknown;
  } catch (error) {
    throw new WebhookVerificationError("DECRYPTION_FAILED", "the payload could not be decrypted", {
      cause: error,
    });
  }
}

function headerOf(headers: VerifyWebhookOptions["headers"], name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return typeof value === "string" ? value : null;
}
