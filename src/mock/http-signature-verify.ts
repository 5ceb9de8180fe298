import { createHmac, timingSafeEqual } from "node:crypto";
import type { ResolvedOptions } from "./options.js";
import { bodyDigest, carriesBody, header, type ReceivedRequest } from "./received-request.js";

const MAX_SKEW_MS = 5 * 60 * 1000;
const REQUEST_TARGET = new Set(["request-target", "(request-target)"]);

/**
 * Verifies Cybersource's HTTP Signature (HmacSHA256 over `host date request-target digest
 * v-c-merchant-id`). Returns why it fails, or `undefined` when it is valid.
 */
export function verifyHttpSignature(
  request: ReceivedRequest,
  options: ResolvedOptions,
  now: Date,
): string | undefined {
  const params = parseSignatureHeader(header(request, "signature") ?? "");
  if (params.keyid !== options.keyId) return "signature keyid is not the configured key id";
  if (params.algorithm !== "HmacSHA256") return "signature algorithm is not HmacSHA256";
  if (header(request, "v-c-merchant-id") !== options.merchantId) {
    return "v-c-merchant-id is not the configured merchant id";
  }
  const problem = checkDate(header(request, "date"), now) ?? checkDigest(request);
  if (problem !== undefined) return problem;
  const names = (params.headers ?? "").split(" ").filter((name) => name !== "");
  const missing = requiredNames(request).find((name) => !covers(names, name));
  if (missing !== undefined) return `signature headers do not cover ${missing}`;
  const signingString = buildSigningString(request, names, options.signerId);
  if (signingString === undefined) return "a signed header is missing from the request";
  const expected = createHmac("sha256", options.secret).update(signingString, "utf8").digest();
  const given = Buffer.from(params.signature ?? "", "base64");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return "signature does not match";
  }
  return undefined;
}

/** `keyid="..", algorithm="..", headers="..", signature=".."` as a record. */
function parseSignatureHeader(value: string): Record<string, string | undefined> {
  const params: Record<string, string | undefined> = {};
  for (const match of value.matchAll(/([A-Za-z]+)="([^"]*)"/g)) {
    params[match[1]!.toLowerCase()] = match[2];
  }
  return params;
}

function checkDate(value: string | undefined, now: Date): string | undefined {
  if (value === undefined) return "date header is missing";
  const sent = Date.parse(value);
  if (Number.isNaN(sent)) return "date header is not an HTTP date";
  if (Math.abs(sent - now.getTime()) > MAX_SKEW_MS) return "date is more than 5 minutes off";
  return undefined;
}

function checkDigest(request: ReceivedRequest): string | undefined {
  if (!carriesBody(request)) return undefined;
  const value = header(request, "digest");
  if (value === undefined) return "digest header is missing";
  if (value !== `SHA-256=${bodyDigest(request)}`) return "digest does not match the body";
  return undefined;
}

function requiredNames(request: ReceivedRequest): string[] {
  const names = ["host", "date", "request-target", "v-c-merchant-id"];
  return carriesBody(request) ? [...names, "digest"] : names;
}

function covers(names: readonly string[], name: string): boolean {
  return name === "request-target"
    ? names.some((signed) => REQUEST_TARGET.has(signed))
    : names.includes(name);
}

/** One `name: value` line per signed header, joined by `\n`; `undefined` if one is absent. */
function buildSigningString(
  request: ReceivedRequest,
  names: readonly string[],
  signerId: string,
): string | undefined {
  const lines: string[] = [];
  for (const name of names) {
    const value = REQUEST_TARGET.has(name)
      ? `${request.method.toLowerCase()} ${request.target}`
      : name === "v-c-merchant-id"
        ? signerId // with a meta key the signature names the portfolio, the header the merchant
        : header(request, name);
    if (value === undefined) return undefined;
    lines.push(`${name}: ${value}`);
  }
  return lines.join("\n");
}
