import { generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from "node:crypto";

// Compact RS256 JWS, synchronously with node:crypto, for the mock's capture contexts and
// transient tokens (RFC 7515). The SDK verifies these with jose; the mock signs them on its own.

/** An RSA key pair with its key id and public JWK. */
export interface MockKeyPair {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The public key as a JWK (`kty`, `n`, `e`, `kid`, `use: "enc"`), as in `flx.jwk`. */
  readonly jwk: Readonly<Record<string, string>>;
}

/** A new RSA-2048 key pair. */
export function newKeyPair(): MockKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomUUID().replace(/-/gu, "").slice(0, 16);
  const { n, e } = publicKey.export({ format: "jwk" }) as { n: string; e: string };
  return { kid, privateKey, publicKey, jwk: { kty: "RSA", e, use: "enc", n, kid } };
}

/** Signs `payload` as a compact JWS with RS256 and `kid`. */
export function signJws(payload: object, key: MockKeyPair): string {
  const header = { kid: key.kid, alg: "RS256" };
  const input = `${part(header)}.${part(payload)}`;
  const signature = sign("sha256", Buffer.from(input), key.privateKey);
  return `${input}.${signature.toString("base64url")}`;
}

/** The parts of a compact JWS, as `parseJws` reads them. */
export interface ParsedJws {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  /** The signing input: the header and payload parts joined by a dot. */
  readonly input: string;
  readonly signature: Buffer;
}

/** The parts of a compact JWS, without checking its signature; `undefined` if it is not one. */
export function parseJws(jws: string): ParsedJws | undefined {
  const parts = jws.split(".");
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/u.test(p))) return undefined;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0]!, "base64url").toString("utf8"));
    const payload: unknown = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8"));
    if (!isRecord(header) || !isRecord(payload)) return undefined;
    const signature = Buffer.from(parts[2]!, "base64url");
    return { header, payload, input: `${parts[0]}.${parts[1]}`, signature };
  } catch {
    return undefined;
  }
}

/** Whether the parsed JWS is signed with RS256 by the private half of `publicKey`. */
export function verifyJws(parsed: ParsedJws, publicKey: KeyObject): boolean {
  if (parsed.header["alg"] !== "RS256") return false;
  return verify("sha256", Buffer.from(parsed.input), publicKey, parsed.signature);
}

/** Base64url of `value`'s JSON: one part of a JWS. */
export function part(value: object): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** An unsigned JWT (`alg: none`) of `claims`, as the mock's Cardinal-like access tokens are. */
export function unsignedJwt(claims: object): string {
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
