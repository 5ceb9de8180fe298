import { AuthConfigError } from "./auth-config-error.js";
import {
  encryptBody,
  importRequestEncryption,
  readRequestEncryption,
  type EncryptionKey,
} from "./mle.js";
import type { SigningStrategy } from "./signing-strategy.js";
import { encodeBase64Url, sha256Base64, utf8 } from "../internal/bytes.js";
import { optionalId, requireClock, requireId, requireIdGenerator } from "./options.js";
import { carriesDigest } from "./request.js";
import { defineStrategy } from "./strategy.js";
import { asksEncryptedResponse } from "./response-decrypt.js";
import { readResponseEncryption, type ResponseDecryption } from "./response-mle.js";
import type { WebCryptoKey } from "./web-crypto-key.js";
import type { Certificate } from "./x509.js";

/** The options every JWT variant shares, validated. */
export interface JwtIdentity {
  readonly merchantId: string;
  /** `iss`: the portfolio id with a meta key, else the merchant id. */
  readonly issuer: string;
  readonly now: () => Date;
  readonly generateId: () => string;
  /** The MLE certificate when request encryption is on. */
  readonly encryption: (Certificate & { kid: string }) | undefined;
  /** Response MLE, when on. */
  readonly responseDecryption: ResponseDecryption | undefined;
}

/** The loaded keys of a JWT strategy: an RS256 key, or an HS256 MAC keyed once. */
export type JwtKeys = (
  | { readonly alg: "RS256"; readonly key: WebCryptoKey }
  | { readonly alg: "HS256"; readonly mac: (message: string) => Uint8Array }
) & {
  readonly kid: string;
  readonly encryption: EncryptionKey | undefined;
};

/** Validates the options shared by every JWT variant. */
export function readJwtIdentity(input: Record<string, unknown>): JwtIdentity {
  const merchantId = requireId(input["merchantId"], "merchantId", "your Cybersource merchant id");
  const portfolioId = optionalId(input["portfolioId"], "portfolioId", "the portfolio id");
  return {
    merchantId,
    issuer: portfolioId ?? merchantId,
    now: requireClock(input["now"]),
    generateId: requireIdGenerator(input["generateId"]),
    encryption: readRequestEncryption(input["requestEncryption"]),
    responseDecryption: readResponseEncryption(input["responseEncryption"]),
  };
}

/**
 * A strategy that sends `Authorization: Bearer <JWT>` with the claims of Cybersource's SDK
 * (v-c-jwt-version 2), after encrypting the body when request encryption is on.
 */
export function defineJwtStrategy(
  identity: JwtIdentity,
  load: () => Promise<JwtKeys>,
): SigningStrategy {
  const decryption = identity.responseDecryption;
  return defineStrategy(
    async () => {
      const keys = await load();
      const header = { typ: "JWT", alg: keys.alg, kid: keys.kid };
      return { ...keys, header: encodeBase64Url(JSON.stringify(header)) + "." };
    },
    async (keys, method, host, path, plain) => {
      const date = identity.now();
      const hasDigest = carriesDigest(method);
      const body =
        keys.encryption !== undefined && hasDigest && plain !== undefined
          ? await encryptBody(plain, keys.encryption, date)
          : plain;
      const iat = Math.floor(date.getTime() / 1000);
      // Built field by field, in this order (no spread of temporary objects on every request).
      const claims: Record<string, string | number> = {};
      if (hasDigest) {
        claims["digest"] = sha256Base64(body ?? "");
        claims["digest-algorithm"] = "SHA-256";
      }
      claims["iat"] = iat;
      claims["exp"] = iat + 120;
      claims["request-host"] = host;
      claims["request-resource-path"] = path;
      claims["request-method"] = method.toLowerCase();
      claims["iss"] = identity.issuer;
      claims["jti"] = identity.generateId();
      claims["v-c-jwt-version"] = "2";
      claims["v-c-merchant-id"] = identity.merchantId;
      if (decryption !== undefined) {
        const kid = await responseMleKid(decryption, method, path);
        if (kid !== undefined) claims["v-c-response-mle-kid"] = kid;
      }
      // A JWS over the claims exactly as listed (RFC 7515 compact serialization).
      const input = keys.header + encodeBase64Url(JSON.stringify(claims));
      const signature = keys.alg === "HS256" ? keys.mac(input) : await rs256(keys.key, input);
      const jwt = `${input}.${encodeBase64Url(signature)}`;
      return { headers: { authorization: `Bearer ${jwt}` }, body };
    },
    decryption,
  );
}

/** The RS256 JWS signature of `input`, with Web Crypto (HS256 is signed synchronously). */
async function rs256(key: WebCryptoKey, input: string): Promise<Uint8Array> {
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key as CryptoKey, utf8(input));
  return new Uint8Array(signature);
}

/** The `v-c-response-mle-kid` claim's value, when this request asks for an encrypted answer. */
async function responseMleKid(
  decryption: ResponseDecryption,
  method: string,
  target: string,
): Promise<string | undefined> {
  const path = target.split("?")[0]!;
  if (!asksEncryptedResponse(decryption, method, path)) return undefined;
  return (await decryption.keys()).kid;
}

/** Rejects options objects that mix two credential kinds, naming the stray option. */
export function rejectMixed(input: Record<string, unknown>, kind: string, others: string[]): void {
  const stray = others.find((name) => input[name] !== undefined);
  if (stray !== undefined) {
    throw new AuthConfigError(stray, `${stray} cannot be combined with ${kind} credentials.`);
  }
}

/** Imports the MLE certificate of `identity`, if any. */
export async function loadEncryption(identity: JwtIdentity): Promise<EncryptionKey | undefined> {
  return identity.encryption === undefined
    ? undefined
    : importRequestEncryption(identity.encryption);
}
