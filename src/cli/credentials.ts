import { randomBytes, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { httpSignatureAuth, type SigningStrategy } from "../index.js";
import { jwtAuth } from "../p12.js";
import { CliConfigError } from "./input.js";

/** Throwaway credentials for the embedded mock. */
export interface MockCredentials {
  readonly merchantId: string;
  readonly keyId: string;
  readonly sharedSecret: string;
}

/** Fresh random credentials, valid only for a mock started with them. */
export function throwawayCredentials(): MockCredentials {
  return {
    merchantId: "jpo_demo_merchant",
    keyId: randomUUID(),
    sharedSecret: randomBytes(32).toString("base64"),
  };
}

/**
 * Credentials from the environment, for `--live` or `--url` (`flag`): `CYBERSOURCE_MERCHANT_ID`
 * with either `CYBERSOURCE_KEY_ID` and `CYBERSOURCE_SHARED_SECRET` (HTTP Signature), or
 * `CYBERSOURCE_P12_PATH` and `CYBERSOURCE_P12_PASSWORD` (JWT from the Business Center's P12 file).
 */
export async function credentialsFromEnv(
  env: NodeJS.ProcessEnv,
  flag: string,
): Promise<SigningStrategy> {
  const merchantId = env["CYBERSOURCE_MERCHANT_ID"];
  if (!merchantId) {
    throw new CliConfigError(`${flag} needs CYBERSOURCE_MERCHANT_ID in the environment.`);
  }
  const p12Path = env["CYBERSOURCE_P12_PATH"];
  if (p12Path) {
    const p12 = new Uint8Array(await readFile(p12Path));
    const auth = jwtAuth({ merchantId, p12, password: env["CYBERSOURCE_P12_PASSWORD"] ?? "" });
    await auth.ready();
    return auth;
  }
  const keyId = env["CYBERSOURCE_KEY_ID"];
  const sharedSecret = env["CYBERSOURCE_SHARED_SECRET"];
  if (!keyId || !sharedSecret) {
    throw new CliConfigError(
      `${flag} needs CYBERSOURCE_KEY_ID and CYBERSOURCE_SHARED_SECRET, or CYBERSOURCE_P12_PATH and CYBERSOURCE_P12_PASSWORD.`,
    );
  }
  return httpSignatureAuth({ merchantId, keyId, sharedSecret });
}
