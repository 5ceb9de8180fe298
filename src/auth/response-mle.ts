import { AuthConfigError } from "./auth-config-error.js";
import type { Bytes } from "../internal/bytes.js";
import type { OperationName } from "../hooks.js";
import { readPrivateKey, type PemOrDer } from "./key-material.js";
import { requireId } from "./options.js";
import { isWebCryptoKey, type WebCryptoKey } from "./web-crypto-key.js";
import { ROUTES } from "./response-decrypt.js";

/**
 * Response message-level encryption (MLE) for JWT authentication, as Cybersource's SDK does it
 * (`enableResponseMleGlobally`, `responseMlePrivateKey`, `responseMleKID`): the JWT carries the
 * `v-c-response-mle-kid` claim, Cybersource answers `{"encryptedResponse":"<JWE>"}` encrypted to
 * your response MLE key, and the SDK decrypts it before anything reads it. Independent of
 * `requestEncryption`.
 */
export interface ResponseEncryptionOptions {
  /**
   * Your response MLE private key: unencrypted PKCS#8 PEM or DER, or a Web Crypto RSA-OAEP private
   * key with the `decrypt` usage (its hash must match the JWE `alg`: SHA-256 for `RSA-OAEP-256`).
   */
  readonly privateKey: PemOrDer | WebCryptoKey;
  /** The key id the Business Center shows for that key; sent as `v-c-response-mle-kid`. */
  readonly keyId: string;
  /**
   * The operations whose answers are asked for encrypted; default every one (Cybersource's SDK
   * `enableResponseMleGlobally`). A list is like its `mapToControlMLEonAPI` with `::true`.
   */
  readonly operations?: readonly OperationName[];
}

/** The imported decryption keys: one per RSA-OAEP hash that a response JWE may use. */
export interface ResponseKeys {
  readonly kid: string;
  /** Resolves the key for a JWE protected header's `alg`. */
  readonly keyFor: (alg: string | undefined) => Promise<WebCryptoKey>;
}

/** Validated response MLE: which requests ask for it, and their keys (imported once). */
export interface ResponseDecryption {
  /** `undefined` for every operation. */
  readonly operations: ReadonlySet<OperationName> | undefined;
  readonly keys: () => Promise<ResponseKeys>;
}

const FIELD = "responseEncryption";
/** The operations response MLE can cover: those the decryption knows the routes of. */
const OPERATIONS: readonly OperationName[] = ROUTES.map(([, name]) => name);

/** Validates the `operations` list; `undefined` means every operation. */
export function readOperations(value: unknown): ReadonlySet<OperationName> | undefined {
  if (value === undefined) return undefined;
  const field = `${FIELD}.operations`;
  if (!Array.isArray(value)) {
    throw new AuthConfigError(field, `${field} must be a list of operation names.`);
  }
  for (const name of value) {
    if (!OPERATIONS.includes(name as OperationName)) {
      throw new AuthConfigError(
        field,
        `${field} names no operation: use ${OPERATIONS.join(", ")}.`,
      );
    }
  }
  return new Set(value as OperationName[]);
}

/** Builds a {@link ResponseDecryption} whose keys `load` imports on first use, once. */
export function defineResponseDecryption(
  operations: ReadonlySet<OperationName> | undefined,
  load: () => Promise<ResponseKeys>,
): ResponseDecryption {
  let keys: Promise<ResponseKeys> | undefined;
  return { operations, keys: () => (keys ??= load()) };
}

/** Validates the `responseEncryption` option; `undefined` when response MLE is off. */
export function readResponseEncryption(value: unknown): ResponseDecryption | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null) {
    throw new AuthConfigError(FIELD, `${FIELD} must be { privateKey, keyId }.`);
  }
  const input = value as Record<string, unknown>;
  const kid = requireId(input["keyId"], `${FIELD}.keyId`, "the response MLE key id");
  const key = readDecryptionKey(input["privateKey"], `${FIELD}.privateKey`);
  return defineResponseDecryption(readOperations(input["operations"]), () =>
    importDecryptionKeys(key, kid, `${FIELD}.privateKey`),
  );
}

/** A private key as PKCS#8 bytes, or a Web Crypto key checked for RSA-OAEP decryption. */
export function readDecryptionKey(input: unknown, field: string): Bytes | WebCryptoKey {
  if (!isWebCryptoKey(input)) return readPrivateKey(input, field) as Bytes;
  if (
    input.type !== "private" ||
    input.algorithm.name !== "RSA-OAEP" ||
    !input.usages.includes("decrypt")
  ) {
    throw new AuthConfigError(
      field,
      `${field} must be a private RSA-OAEP CryptoKey with the "decrypt" usage.`,
    );
  }
  return input;
}

/**
 * The keys for `RSA-OAEP-256` and `RSA-OAEP`, the two key-management algorithms Cybersource's SDK
 * accepts for responses (`JWEUtility.decryptJWEUsingPrivateKey`); Web Crypto binds the hash to the
 * key, so PKCS#8 bytes are imported once per hash, when first needed.
 */
export async function importDecryptionKeys(
  key: Bytes | WebCryptoKey,
  kid: string,
  field: string,
): Promise<ResponseKeys> {
  if (isWebCryptoKey(key)) return { kid, keyFor: async () => key };
  const byHash = new Map<string, Promise<WebCryptoKey>>();
  const load = (hash: string) =>
    crypto.subtle.importKey("pkcs8", key, { name: "RSA-OAEP", hash }, false, ["decrypt"]);
  const keyFor = (alg: string | undefined) => {
    const hash = alg === "RSA-OAEP" ? "SHA-1" : "SHA-256";
    let found = byHash.get(hash);
    if (found === undefined) byHash.set(hash, (found = load(hash)));
    return found;
  };
  try {
    await keyFor("RSA-OAEP-256");
  } catch (error) {
    throw new AuthConfigError(field, `${field} could not be imported as an RSA key.`, {
      cause: error,
    });
  }
  return { kid, keyFor };
}
