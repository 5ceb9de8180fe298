import { AuthConfigError } from "../index.js";
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

/** Parses the P12 bytes of option `field`; throws `AuthConfigError` when it is not PKCS#12. */
export function readPfx(value: unknown, field = "p12"): Pfx {
  if (!(value instanceof Uint8Array) || value.length === 0) {
    throw new AuthConfigError(
      field,
      `${field} is missing: pass the P12 file's bytes as a Uint8Array.`,
    );
  }
  try {
    return parsePfx(new Uint8Array(value));
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw new AuthConfigError(field, `${field} is not a PKCS#12 (P12/PFX) file.`, { cause: error });
  }
}

/** Opens `pfx` with `password`; a wrong password throws `AuthConfigError` (field `password`). */
export async function unlock(pfx: Pfx, password: string): Promise<P12Contents> {
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
export function findCertificate(contents: P12Contents, alias: string): Uint8Array {
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
