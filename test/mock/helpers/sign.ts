// Signs test requests with node:crypto and jose, independently of the SDK's signing code, so the
// mock's verification is checked against a second implementation of Cybersource's algorithms.
import { createHash, createHmac, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { keyId, merchantId, NOW, sharedSecret } from "./credentials.js";

/** What a signature covers. */
export interface RequestParts {
  readonly method: string;
  /** The mock's base URL plus path and query. */
  readonly url: string;
  readonly body: string | undefined;
}

/** Ways to spoil or vary an HTTP Signature. */
export interface HttpSignatureTweaks {
  readonly secret?: string;
  readonly keyId?: string;
  /** The `v-c-merchant-id` header. */
  readonly merchantId?: string;
  /** The `v-c-merchant-id` line of the signed string (a portfolio id with a meta key). */
  readonly signerId?: string;
  readonly date?: Date;
  /** Compute the digest over this body instead of the one sent. */
  readonly digestOf?: string;
  /** The signed header names; default `host date request-target digest v-c-merchant-id`. */
  readonly names?: readonly string[];
  /** Headers to leave out of the request after signing. */
  readonly omit?: readonly string[];
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

/** Cybersource HTTP Signature headers for `parts`. */
export function httpSignatureHeaders(
  parts: RequestParts,
  tweaks: HttpSignatureTweaks = {},
): Record<string, string> {
  const url = new URL(parts.url);
  const values: Record<string, string> = {
    host: url.host,
    date: (tweaks.date ?? NOW).toUTCString(),
    "v-c-merchant-id": tweaks.merchantId ?? merchantId,
  };
  if (parts.body !== undefined)
    values["digest"] = `SHA-256=${sha256(tweaks.digestOf ?? parts.body)}`;
  const names =
    tweaks.names ??
    (parts.body === undefined
      ? ["host", "date", "request-target", "v-c-merchant-id"]
      : ["host", "date", "request-target", "digest", "v-c-merchant-id"]);
  const target = `${parts.method.toLowerCase()} ${url.pathname}${url.search}`;
  const lines = names.map((name) =>
    name.includes("request-target")
      ? `${name}: ${target}`
      : name === "v-c-merchant-id"
        ? `${name}: ${tweaks.signerId ?? merchantId}`
        : `${name}: ${values[name] ?? ""}`,
  );
  const mac = createHmac("sha256", Buffer.from(tweaks.secret ?? sharedSecret, "base64"))
    .update(lines.join("\n"), "utf8")
    .digest("base64");
  values["signature"] =
    `keyid="${tweaks.keyId ?? keyId}", algorithm="HmacSHA256", ` +
    `headers="${names.join(" ")}", signature="${mac}"`;
  for (const name of tweaks.omit ?? []) delete values[name];
  delete values["host"]; // fetch sets it from the URL
  return values;
}

/** The key a JWT is signed with. */
export type JwtKey =
  | { readonly alg: "HS256"; readonly kid?: string; readonly secret?: string }
  | { readonly alg: "RS256"; readonly kid: string; readonly privateKey: CryptoKey };

/** Claims to override (`undefined` removes one) and the issue time. */
export interface JwtTweaks {
  readonly claims?: Readonly<Record<string, unknown>>;
  readonly issuedAt?: Date;
  /** `exp` - `iat`, seconds; default 120. */
  readonly lifetime?: number;
}

/** `Authorization: Bearer` with a v-c-jwt-version 2 token for `parts`. */
export async function jwtHeaders(
  parts: RequestParts,
  key: JwtKey = { alg: "HS256" },
  tweaks: JwtTweaks = {},
): Promise<Record<string, string>> {
  const url = new URL(parts.url);
  const iat = Math.floor((tweaks.issuedAt ?? NOW).getTime() / 1000);
  const claims: Record<string, unknown> = {
    ...(parts.body === undefined
      ? {}
      : { digest: sha256(parts.body), "digest-algorithm": "SHA-256" }),
    iat,
    exp: iat + (tweaks.lifetime ?? 120),
    "request-host": url.host,
    "request-resource-path": url.pathname + url.search,
    "request-method": parts.method.toLowerCase(),
    iss: merchantId,
    jti: randomUUID(),
    "v-c-jwt-version": "2",
    "v-c-merchant-id": merchantId,
    ...tweaks.claims,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const signer = new SignJWT(claims);
  const token =
    key.alg === "HS256"
      ? await signer
          .setProtectedHeader({ typ: "JWT", alg: "HS256", kid: key.kid ?? keyId })
          .sign(Buffer.from(key.secret ?? sharedSecret, "base64"))
      : await signer
          .setProtectedHeader({ typ: "JWT", alg: "RS256", kid: key.kid })
          .sign(key.privateKey);
  return { authorization: `Bearer ${token}` };
}
