import { createPublicKey, type KeyObject } from "node:crypto";
import { MockConfigError } from "./mock-config-error.js";

/** The merchant's response MLE public key, which the mock encrypts answers to. */
export interface MockResponseEncryptionOptions {
  /** PEM of the public key (`BEGIN PUBLIC KEY`) or of a certificate holding it. */
  readonly publicKey: string;
  /** The key id a JWT names in `v-c-response-mle-kid` to get encrypted answers. */
  readonly keyId: string;
}

/** Validates `responseEncryption` and imports its RSA public key. */
export function readResponseEncryption(
  value: MockResponseEncryptionOptions | undefined,
): { readonly key: KeyObject; readonly kid: string } | undefined {
  if (value === undefined) return undefined;
  const { publicKey, keyId } = value;
  if (typeof keyId !== "string" || keyId.trim() === "") {
    throw new MockConfigError("responseEncryption.keyId", "responseEncryption.keyId is missing.");
  }
  let key: KeyObject;
  try {
    key = createPublicKey(publicKey);
  } catch (error) {
    throw new MockConfigError(
      "responseEncryption.publicKey",
      "responseEncryption.publicKey must be a PEM public key or certificate.",
      { cause: error },
    );
  }
  if (key.asymmetricKeyType !== "rsa") {
    throw new MockConfigError(
      "responseEncryption.publicKey",
      "responseEncryption.publicKey must be an RSA key.",
    );
  }
  return { key, kid: keyId };
}
