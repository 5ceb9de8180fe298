import { X509Certificate, type KeyObject } from "node:crypto";
import { importX509 } from "jose";
import type { WebCryptoKey } from "../index.js";
import { MockConfigError } from "./mock-config-error.js";
import { readResponseEncryption, type MockResponseEncryptionOptions } from "./mle-options.js";
import type { MockWebhookOptions } from "./webhooks.js";

/** Options of {@link startMockCybersource}. */
export interface MockCybersourceOptions {
  /** The merchant id the mock accepts in `v-c-merchant-id` (and as JWT `iss`). */
  readonly merchantId: string;
  /** The shared secret's key id: the HTTP Signature `keyid` and the HS256 JWT `kid`. */
  readonly keyId: string;
  /** The shared secret, base64 as the Business Center shows it. */
  readonly sharedSecret: string;
  /**
   * Meta key: the portfolio id that `keyId`/`sharedSecret` (or the certificate) belong to. The
   * signature's `v-c-merchant-id` line and the JWT `iss` must then name it, while the
   * `v-c-merchant-id` header and claim still name `merchantId`.
   */
  readonly portfolioId?: string;
  /** Accept RS256 JWTs signed by the key of this certificate. HS256 is always accepted. */
  readonly jwt?: MockJwtOptions;
  /** TCP port; default `0` (any free port). */
  readonly port?: number;
  /**
   * Address to listen on; default `127.0.0.1`. Only loopback addresses, unless
   * `allowNonLoopbackHost` is set.
   */
  readonly host?: string;
  /**
   * Allow a non-loopback `host`, such as `0.0.0.0` to serve a container network. The mock is a test
   * server: never expose it beyond a test network. Default `false`.
   */
  readonly allowNonLoopbackHost?: boolean;
  /** The mock's clock, for signature dates, JWT times, card expiry and ids. Default: system time. */
  readonly now?: () => Date;
  /** How long the slow-response scenario waits before answering; default 65 000 ms. */
  readonly slowResponseMs?: number;
  /**
   * Receives one line per request (method, path, status, and why authentication failed). Never
   * called with secrets, signatures or card data. Default: silent.
   */
  readonly log?: (line: string) => void;
  /**
   * Answer CORS preflights and let any origin read the responses, for tests that call the mock
   * from a page in a browser. Default false (like Cybersource, which sends no CORS headers).
   */
  readonly cors?: boolean;
  /**
   * Encrypt answers (response MLE) to this public key when a JWT carries its key id as
   * `v-c-response-mle-kid`. Without it, such a request is refused with 400 INVALID_DATA.
   */
  readonly responseEncryption?: MockResponseEncryptionOptions;
  /** Subscriptions the mock posts signed notifications to (see `mock.webhookDeliveries`). */
  readonly webhooks?: readonly MockWebhookOptions[];
  /** Waits before each retry of an undelivered notification; default 60 000 ms, three times. */
  readonly webhookRetryDelaysMs?: readonly number[];
  /**
   * The account uses Cybersource's relaxed requirements for address data and expiration date:
   * `orderInformation.billTo` and the card's expiry may be left out. Default false.
   */
  readonly relaxedRequirements?: boolean;
  /** Answer captures `TRANSMITTED`, as for merchants enabled for online capture. Default false. */
  readonly onlineCapture?: boolean;
  /**
   * The answer to a reused transaction id: `INVALID_DATA` (default, what Cybersource's sandbox was
   * seen to answer, cybersource-rest-client-node issue 45) or `DUPLICATE_REQUEST` (what its PIN
   * debit documentation shows).
   */
  readonly duplicateTransactionIdReason?: "INVALID_DATA" | "DUPLICATE_REQUEST";
  /**
   * How long after each transaction the Transaction Details and Search APIs do not know it yet
   * (lookup answers 404, search leaves it out), as Cybersource's reports are not real-time.
   * Default 0.
   */
  readonly reportDelayMs?: number;
}

/** RS256 JWT verification. */
export interface MockJwtOptions {
  /** PEM of the merchant's X.509 certificate; its subject `serialNumber` is the expected `kid`. */
  readonly certificate: string;
}

/** Options after validation, with the keys imported. */
export interface ResolvedOptions {
  readonly merchantId: string;
  /** Who signs: `portfolioId` with a meta key, else `merchantId`. */
  readonly signerId: string;
  readonly keyId: string;
  readonly secret: Uint8Array;
  readonly rsa: { readonly kid: string; readonly key: WebCryptoKey } | undefined;
  readonly port: number;
  readonly host: string;
  readonly now: () => Date;
  readonly slowResponseMs: number;
  readonly log: (line: string) => void;
  readonly cors: boolean;
  readonly responseEncryption: { readonly key: KeyObject; readonly kid: string } | undefined;
  readonly webhooks: readonly MockWebhookOptions[];
  readonly webhookRetryDelaysMs: readonly number[];
  readonly relaxedRequirements: boolean;
  readonly onlineCapture: boolean;
  readonly duplicateTransactionIdReason: "INVALID_DATA" | "DUPLICATE_REQUEST";
  readonly reportDelayMs: number;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/;

/** Validates the options and imports the keys; throws {@link MockConfigError}. */
export async function resolveOptions(options: MockCybersourceOptions): Promise<ResolvedOptions> {
  const merchantId = requireText(options.merchantId, "merchantId");
  const portfolioId =
    options.portfolioId === undefined ? undefined : requireText(options.portfolioId, "portfolioId");
  const sharedSecret = requireText(options.sharedSecret, "sharedSecret");
  if (!BASE64.test(sharedSecret)) {
    throw new MockConfigError("sharedSecret", "sharedSecret must be the base64 shared secret.");
  }
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.test(host) && options.allowNonLoopbackHost !== true) {
    throw new MockConfigError(
      "host",
      `host must be a loopback address, not ${host} (or set allowNonLoopbackHost for a test network).`,
    );
  }
  return {
    merchantId,
    signerId: portfolioId ?? merchantId,
    keyId: requireText(options.keyId, "keyId"),
    secret: new Uint8Array(Buffer.from(sharedSecret, "base64")),
    rsa: options.jwt === undefined ? undefined : await loadCertificate(options.jwt.certificate),
    port: requireInteger(options.port ?? 0, "port", 65_535),
    host,
    now: options.now ?? (() => new Date()),
    slowResponseMs: requireInteger(options.slowResponseMs ?? 65_000, "slowResponseMs", 2 ** 31 - 1),
    log: options.log ?? (() => {}),
    cors: options.cors === true,
    responseEncryption: readResponseEncryption(options.responseEncryption),
    webhooks: readWebhooks(options.webhooks),
    webhookRetryDelaysMs: (options.webhookRetryDelaysMs ?? [60_000, 60_000, 60_000]).map((ms) =>
      requireInteger(ms, "webhookRetryDelaysMs", 2 ** 31 - 1),
    ),
    relaxedRequirements: options.relaxedRequirements === true,
    onlineCapture: options.onlineCapture === true,
    duplicateTransactionIdReason: options.duplicateTransactionIdReason ?? "INVALID_DATA",
    reportDelayMs: requireInteger(options.reportDelayMs ?? 0, "reportDelayMs", 2 ** 31 - 1),
  };
}

function requireText(value: unknown, option: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new MockConfigError(option, `${option} must be a non-empty string.`);
  }
  return value;
}

function requireInteger(value: unknown, option: string, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw new MockConfigError(option, `${option} must be an integer from 0 to ${max}.`);
  }
  return value;
}

/** Reads the RS256 key and the `kid` (subject serialNumber, OID 2.5.4.5) from a PEM certificate. */
async function loadCertificate(pem: unknown): Promise<ResolvedOptions["rsa"]> {
  const text = requireText(pem, "jwt.certificate");
  try {
    const subject = new X509Certificate(text).subject.split("\n");
    const serial = subject.find((line) => line.startsWith("serialNumber="));
    if (serial === undefined) {
      throw new MockConfigError("jwt.certificate", "The certificate subject has no serialNumber.");
    }
    return { kid: serial.slice("serialNumber=".length), key: await importX509(text, "RS256") };
  } catch (error) {
    if (error instanceof MockConfigError) throw error;
    throw new MockConfigError("jwt.certificate", "jwt.certificate is not a PEM certificate.", {
      cause: error,
    });
  }
}

function readWebhooks(value: readonly MockWebhookOptions[] | undefined): MockWebhookOptions[] {
  return (value ?? []).map((webhook, index) => {
    const field = `webhooks[${index}]`;
    if (!/^https?:\/\//u.test(String(webhook?.url))) {
      throw new MockConfigError(`${field}.url`, `${field}.url must be an http(s) URL.`);
    }
    requireText(webhook.key?.keyId, `${field}.key.keyId`);
    if (!BASE64.test(requireText(webhook.key?.secret, `${field}.key.secret`))) {
      throw new MockConfigError(`${field}.key.secret`, `${field}.key.secret must be base64.`);
    }
    return webhook;
  });
}
