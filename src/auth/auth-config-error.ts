import { CybersourceJpoError } from "../errors.js";

/**
 * Thrown when signing credentials are missing or unusable: an empty merchant id, a shared secret
 * that is not base64, a PEM that does not parse, a wrong P12 password, a P12 without the merchant's
 * certificate. Thrown synchronously by the `*Auth` factories where the input can be checked without
 * Web Crypto, otherwise by the strategy's first `ready()` or `sign()`.
 *
 * The message names the option and what is wrong with it, never its value.
 *
 * @example
 * ```ts
 * try {
 *   httpSignatureAuth({ merchantId, keyId, sharedSecret: process.env.CYBS_SECRET ?? "" });
 * } catch (error) {
 *   if (isCybersourceJpoError(error) && error.code === "AUTH_CONFIG_INVALID") {
 *     console.error(`check ${(error as AuthConfigError).field}`);
 *   }
 * }
 * ```
 */
export class AuthConfigError extends CybersourceJpoError {
  /** The option that is wrong, e.g. `"sharedSecret"`, `"password"`, `"requestEncryption.certificate"`. */
  readonly field: string;

  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super("AUTH_CONFIG_INVALID", message, options);
    this.field = field;
  }
}
