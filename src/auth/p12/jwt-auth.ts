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
import { DerError } from "../../internal/der.js";
import { PaddingError } from "./cbc.js";
import { UnsupportedAlgorithmError } from "./pbe.js";
import {
  MacMismatchError,
  parsePfx,
  readContents,
  verifyMac,
  type P12Contents,
  type Pfx,
} from "./read.js";

/** The alias of Cybersource's MLE certificate in the P12 files it issues. */
const MLE_ALIAS = "CyberSource_SJC_US";

/** {@link jwtAuth} with a P12 file as the Business Center issues it. */
export interface JwtP12AuthOptions extends Omit<JwtCommonOptions, "requestEncryption"> {
  /** The P12 file's bytes (legacy RC2/3DES or modern PBES2/AES encryption). */
  readonly p12: Uint8Array;
  /** The P12 password (the key password set when the key was generated). */
  readonly password: string;
  /**
   * Encrypt request bodies (MLE). Without `certificate`, the P12's own `CN=CyberSource_SJC_US`
   * certificate is used, as in Cybersource's SDK.
   */
  readonly requestEncryption?: Partial<RequestEncryptionOptions>;
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
  const identity = readJwtIdentity({ ...input, requestEncryption: mleFromP12 ? undefined : mle });
  const pfx = readPfx(input["p12"]);
  const password = input["password"];
  if (typeof password !== "string" || password === "") {
    throw new AuthConfigError("password", "password is missing: pass the P12 file's password.");
  }
  return defineJwtStrategy(identity, async () => {
    const contents = await unlock(pfx, password);
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

function readPfx(value: unknown): Pfx {
  if (!(value instanceof Uint8Array) || value.length === 0) {
    throw new AuthConfigError("p12", "p12 is missing: pass the P12 file's bytes as a Uint8Array.");
  }
  try {
    return parsePfx(new Uint8Array(value));
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw new AuthConfigError("p12", "p12 is not a PKCS#12 (P12/PFX) file.", { cause: error });
  }
}

async function unlock(pfx: Pfx, password: string): Promise<P12Contents> {
  try {
    await verifyMac(pfx, password);
    return await readContents(pfx, password);
  } catch (error) {
    // Without a MAC, a wrong password shows only after decryption: as bad padding, or, when the
    // padding happens to look right, as garbage that does not parse.
    const noMac = pfx.macData === undefined;
    const wrongPassword =
      error instanceof MacMismatchError ||
      error instanceof PaddingError ||
      (error instanceof DOMException && error.name === "OperationError") ||
      (noMac && error instanceof DerError);
    if (wrongPassword) {
      const message = noMac
        ? "password does not open this P12 file, or the file is damaged."
        : "password does not open this P12 file (its integrity check failed).";
      throw new AuthConfigError("password", message, { cause: error });
    }
    if (error instanceof DerError || error instanceof UnsupportedAlgorithmError) {
      throw new AuthConfigError("p12", `p12 could not be read: ${error.message}.`, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * The certificate whose friendly name contains `CN=<alias>` (case-insensitive, as Cybersource's SDK
 * matches it), preferring one where it is a whole comma-separated part over a mere prefix match.
 */
function findCertificate(contents: P12Contents, alias: string): Uint8Array {
  const needle = `cn=${alias.toLowerCase()}`;
  const named = contents.certificates.map((c) => ({
    ...c,
    name: c.friendlyName?.toLowerCase() ?? "",
  }));
  const matches = named.filter((c) => c.name.includes(needle));
  const whole = matches.find((c) => c.name.split(",").some((part) => part.trim() === needle));
  const found = whole ?? matches[0];
  if (found === undefined) {
    throw new AuthConfigError(
      "p12",
      `p12 has no certificate whose friendly name contains CN=${alias}.`,
    );
  }
  return found.der;
}
