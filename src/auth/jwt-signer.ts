import { AuthConfigError } from "./auth-config-error.js";
import {
  encryptBody,
  importRequestEncryption,
  readRequestEncryption,
  type EncryptionKey,
} from "./mle.js";
import type { SigningStrategy } from "./signing-strategy.js";
import { loadJose } from "./jose.js";
import { sha256Base64, utf8 } from "../internal/bytes.js";
import { optionalId, requireClock, requireId, requireIdGenerator } from "./options.js";
import { carriesDigest, readRequest, rebuildRequest } from "./request.js";
import { defineStrategy } from "./strategy.js";
import { asksEncryptedResponse, decryptResponse } from "./response-decrypt.js";
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

/** The loaded keys of a JWT strategy. */
export interface JwtKeys {
  readonly alg: "RS256" | "HS256";
  readonly key: WebCryptoKey;
  readonly kid: string;
  readonly encryption: EncryptionKey | undefined;
}

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
  const strategy = defineStrategy(load, async (keys, request) => {
    const { method, host, target, body: plain } = await readRequest(request);
    const date = identity.now();
    const hasDigest = carriesDigest(method);
    const body =
      keys.encryption !== undefined && hasDigest && plain !== undefined
        ? await encryptBody(plain, keys.encryption, date)
        : plain;
    const iat = Math.floor(date.getTime() / 1000);
    const claims = {
      ...(hasDigest
        ? { digest: await sha256Base64(body ?? new Uint8Array()), "digest-algorithm": "SHA-256" }
        : {}),
      iat,
      exp: iat + 120,
      "request-host": host,
      "request-resource-path": target,
      "request-method": method.toLowerCase(),
      iss: identity.issuer,
      jti: identity.generateId(),
      "v-c-jwt-version": "2",
      "v-c-merchant-id": identity.merchantId,
      ...(await responseMleClaim(identity.responseDecryption, method, target)),
    };
    // A JWS over the claims exactly as listed (jose's SignJWT would add claim validation that
    // this fixed claim set does not need, and 3 kB to the bundle).
    const { CompactSign } = await loadJose();
    const jwt = await new CompactSign(utf8(JSON.stringify(claims)))
      .setProtectedHeader({ typ: "JWT", alg: keys.alg, kid: keys.kid })
      .sign(keys.key);
    return rebuildRequest(request, body, { authorization: `Bearer ${jwt}` });
  });
  const decryption = identity.responseDecryption;
  if (decryption === undefined) return strategy;
  return {
    ...strategy,
    ready: async () => {
      await Promise.all([strategy.ready(), decryption.keys()]);
    },
    onResponse: async ({ request, response }) =>
      (await decryptResponse(decryption, request, response)) ?? response,
  };
}

/** The `v-c-response-mle-kid` claim, when this request asks for an encrypted answer. */
async function responseMleClaim(
  decryption: ResponseDecryption | undefined,
  method: string,
  target: string,
): Promise<{ "v-c-response-mle-kid"?: string }> {
  if (decryption === undefined) return {};
  const path = target.split("?")[0]!;
  if (!asksEncryptedResponse(decryption, method, path)) return {};
  return { "v-c-response-mle-kid": (await decryption.keys()).kid };
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
