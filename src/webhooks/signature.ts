import { decodeBase64, encodeBase64, utf8 } from "../internal/bytes.js";

/**
 * What the HMAC covers. Cybersource's page (webhooks/.../wh-fg-optional-validate-sig-format.html)
 * names the header's parts but not the signed bytes, so both readings are supported:
 * `"timestamp.body"` is `<t>.<raw body>` (the common scheme, which binds `t` to the body);
 * `"body"` is the raw body alone.
 */
export type SignedContent = "timestamp.body" | "body";

/** The parts of `v-c-signature: t=<ms>;keyId=<id>;sig=<base64>`. */
export interface SignatureHeader {
  readonly timestamp: string;
  readonly keyId: string;
  readonly sig: string;
}

/** Parses the header; `undefined` when a part is missing or `t` is not a number. */
export function parseSignatureHeader(value: string | null): SignatureHeader | undefined {
  if (value === null) return undefined;
  const parts = new Map<string, string>();
  for (const part of value.split(";")) {
    const at = part.indexOf("=");
    if (at > 0)
      parts.set(
        part.slice(0, at).trim(),
        part
          .slice(at + 1)
          .trim()
          .replace(/"$/u, ""),
      );
  }
  const [timestamp, keyId, sig] = [parts.get("t"), parts.get("keyId"), parts.get("sig")];
  if (!timestamp || !/^\d+$/u.test(timestamp) || !keyId || !sig) return undefined;
  return { timestamp, keyId, sig };
}

/** The bytes signed under `reading`. */
export function signedBytes(reading: SignedContent, timestamp: string, body: string): Uint8Array {
  return utf8(reading === "body" ? body : `${timestamp}.${body}`);
}

async function hmacKey(secret: string, usage: "sign" | "verify") {
  const bytes = decodeBase64(secret);
  if (bytes === undefined) throw new TypeError("the webhook key secret is not base64");
  return crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, [usage]);
}

/**
 * Whether `sig` (base64) is the HMAC-SHA256 of some bytes under the base64 `secret`: the key is
 * imported and the signature decoded once, for every reading of the signed content.
 */
export async function hmacVerifier(
  secret: string,
  sig: string,
): Promise<(data: Uint8Array) => Promise<boolean>> {
  const signature = decodeBase64(sig);
  if (signature === undefined) return async () => false;
  const key = await hmacKey(secret, "verify");
  return (data) => crypto.subtle.verify("HMAC", key, signature, data as BufferSource);
}

/**
 * The `v-c-signature` value for `body`, as a sender would compute it: for tests and local
 * simulations. `timestamp` is milliseconds since the epoch.
 */
export async function signWebhook(input: {
  readonly body: string;
  readonly keyId: string;
  readonly secret: string;
  readonly timestamp: number;
  readonly signedContent?: SignedContent;
}): Promise<string> {
  const t = String(input.timestamp);
  const data = signedBytes(input.signedContent ?? "timestamp.body", t, input.body);
  const mac = await crypto.subtle.sign(
    "HMAC",
    await hmacKey(input.secret, "sign"),
    data as BufferSource,
  );
  return `t=${t};keyId=${input.keyId};sig=${encodeBase64(new Uint8Array(mac))}`;
}
