import {
  AuthConfigError,
  defineJwtStrategy,
  importRequestEncryption,
  importSigningKey,
  jwtAuth as jwtAuthFromKeys,
  loadEncryption,
  readCertificate,
  readJwtIdentity,
  readPrivateKey,
  requireOptions,
  type JwtAuthOptions,
  type JwtCommonOptions,
  type RequestEncryptionOptions,
  type SigningStrategy,
} from "../index.js";
import { findCertificate, readPfx, unlock } from "./open.js";
import { withP12ResponseKey, type ResponseEncryptionP12Options } from "./response-key.js";

/** The alias of Cybersource's MLE certificate in the P12 files it issues. */
const MLE_ALIAS = "CyberSource_SJC_US";

/** {@link jwtAuth} with a P12 file as the Business Center issues it. */
export interface JwtP12AuthOptions extends Omit<
  JwtCommonOptions,
  "requestEncryption" | "responseEncryption"
> {
  /** The P12 file's bytes (legacy RC2/3DES or modern PBES2/AES encryption). */
  readonly p12: Uint8Array;
  /** The P12 password (the key password set when the key was generated). */
  readonly password: string;
  /**
   * Encrypt request bodies (MLE). Without `certificate`, the P12's own `CN=CyberSource_SJC_US`
   * certificate is used, as in Cybersource's SDK.
   */
  readonly requestEncryption?: Partial<RequestEncryptionOptions>;
  /**
   * Ask for encrypted answers and decrypt them (response MLE). Without `privateKey`, the key comes
   * from `responseEncryption.p12`, or else from this P12, as in Cybersource's SDK.
   */
  readonly responseEncryption?: ResponseEncryptionP12Options;
}

/**
 * {@link jwtAuthFromKeys | jwtAuth} that also accepts `{ merchantId, p12, password }`. The
 * certificate is the one whose friendly name contains `CN=<merchantId>` (`CN=<portfolioId>` with a
 * meta key), case-insensitively, as Cybersource's SDK picks it; the key is the first keyBag, else
 * the first pkcs8ShroudedKeyBag. Runs on Web Crypto alone.
 *
 * A missing option or a file that is not PKCS#12 throws `AuthConfigError` at once; a wrong
 * password (field `password`) or a P12 without the merchant's certificate (field `p12`) rejects
 * the first `ready()` or `sign()`.
 *
 * @example
 * ```ts
 * import { jwtAuth } from "cybersource-jpo/p12";
 * const p12 = new Uint8Array(await readFile("my_mid.p12"));
 * const auth = jwtAuth({ merchantId: "my_mid", p12, password: process.env.CYBS_P12_PASSWORD! });
 * const client = createJpoClient({ environment: "test", auth });
 * ```
 */
export function jwtAuth(options: JwtAuthOptions | JwtP12AuthOptions): SigningStrategy {
  const input = requireOptions(options, "jwtAuth");
  if (input["p12"] === undefined) return jwtAuthFromKeys(options as JwtAuthOptions);
  const mle = input["requestEncryption"];
  const mleFromP12 =
    typeof mle === "object" &&
    mle !== null &&
    (mle as RequestEncryptionOptions).certificate === undefined;
  const response = input["responseEncryption"];
  const responseFromP12 =
    typeof response === "object" && response !== null && !("privateKey" in response);
  const base = readJwtIdentity({
    ...input,
    requestEncryption: mleFromP12 ? undefined : mle,
    responseEncryption: responseFromP12 ? undefined : response,
  });
  const pfx = readPfx(input["p12"]);
  const password = input["password"];
  if (typeof password !== "string" || password === "") {
    throw new AuthConfigError("password", "password is missing: pass the P12 file's password.");
  }
  // Opened once, for the signing key and, when it comes from the same file, the response MLE key.
  let opening: ReturnType<typeof unlock> | undefined;
  const open = () => (opening ??= unlock(pfx, password));
  const identity = withP12ResponseKey(base, response, { pfx, password, open });
  return defineJwtStrategy(identity, async () => {
    const contents = await open();
    const certificate = readCertificate(findCertificate(contents, identity.issuer), "p12");
    const keyInfo = contents.keyBags[0] ?? contents.shroudedKeyBags[0];
    if (keyInfo === undefined) throw new AuthConfigError("p12", "p12 holds no private key.");
    const field = "requestEncryption";
    return {
      alg: "RS256",
      key: await importSigningKey(readPrivateKey(keyInfo, "p12"), "p12"),
      kid: certificate.kid,
      encryption: mleFromP12
        ? await importRequestEncryption(
            readCertificate(findCertificate(contents, MLE_ALIAS), field),
            field,
          )
        : await loadEncryption(identity),
    };
  });
}
