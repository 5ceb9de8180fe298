import {
  AuthConfigError,
  defineResponseDecryption,
  importDecryptionKeys,
  readCertificate,
  readDecryptionKey,
  readOperations,
  type JwtIdentity,
  type ResponseEncryptionOptions,
} from "../index.js";
import { findCertificate, readPfx, unlock } from "./open.js";
import type { Pfx } from "./read.js";

/**
 * Response MLE with the key in a P12 file: `responseEncryption.p12` (with its `password`), or the
 * authentication P12 itself when `responseEncryption` names no key.
 */
export interface ResponseEncryptionP12Options extends Omit<
  ResponseEncryptionOptions,
  "privateKey" | "keyId"
> {
  /** A key given directly, as in `cybersource-jpo`'s `jwtAuth`; then `p12` is not read. */
  readonly privateKey?: ResponseEncryptionOptions["privateKey"];
  /**
   * The response MLE key id. Optional with a P12: as Cybersource's SDK does, the subject
   * `serialNumber` of the certificate whose friendly name contains `CN=<merchantId>` is used.
   */
  readonly keyId?: string;
  /** The response MLE P12 file's bytes; default: the authentication P12. */
  readonly p12?: Uint8Array;
  /** Its password; default: the authentication P12's password. */
  readonly password?: string;
}

const FIELD = "responseEncryption";

/**
 * The identity with response MLE read from a P12 when `responseEncryption` has no `privateKey`;
 * `identity` as it is otherwise (the key-based reader already handled it).
 */
export function withP12ResponseKey(
  identity: JwtIdentity,
  value: unknown,
  main: {
    /** The login P12, already read. */
    readonly pfx: Pfx;
    readonly password: string;
    /** Opens the login P12 with its password, once for both keys. */
    readonly open: () => ReturnType<typeof unlock>;
  },
): JwtIdentity {
  if (typeof value !== "object" || value === null) return identity;
  const input = value as Record<string, unknown>;
  if (input["privateKey"] !== undefined) return identity;
  const own = input["p12"] !== undefined;
  const pfx = own ? readPfx(input["p12"], `${FIELD}.p12`) : main.pfx;
  const password = own ? input["password"] : (input["password"] ?? main.password);
  if (typeof password !== "string" || password === "") {
    throw new AuthConfigError(`${FIELD}.password`, `${FIELD}.password is missing.`);
  }
  const keyId = input["keyId"];
  const same = !own && password === main.password;
  return {
    ...identity,
    responseDecryption: defineResponseDecryption(readOperations(input["operations"]), async () => {
      const contents = await (same ? main.open() : unlock(pfx, password));
      const keyInfo = contents.keyBags[0] ?? contents.shroudedKeyBags[0];
      if (keyInfo === undefined)
        throw new AuthConfigError(FIELD, `${FIELD}: the P12 holds no key.`);
      const kid =
        typeof keyId === "string" && keyId !== ""
          ? keyId
          : readCertificate(findCertificate(contents, identity.issuer), FIELD).kid;
      const key = readDecryptionKey(keyInfo, FIELD);
      return importDecryptionKeys(key, kid, FIELD);
    }),
  };
}
