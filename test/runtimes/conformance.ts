// The runtime conformance suite: one plain module on web-standard globals only (fetch, Request,
// crypto.subtle, TextEncoder, atob/btoa, setTimeout), no test runner and no Node APIs. Each
// runtime of the matrix runs it unchanged against the mock that the vitest harness started in
// Node, and hands the report back; the harness asserts on it and on the mock's records.
import {
  AuthorizationOutcomeUnknownError,
  createJpoClient,
  httpSignatureAuth,
  jwtAuth,
  validateJpoAuthorization,
  verifyTransientToken,
  type JpoClient,
  type SigningStrategy,
} from "../../src/index.js";
import { runSigningSuite } from "../auth/signing-suite.js";
import { installmentRequest, tokenRequest, type AuthName } from "./conformance-request.js";

export type { AuthName } from "./conformance-request.js";

/** Where the mock is and the throwaway credentials it accepts. */
export interface ConformanceTarget {
  readonly mockUrl: string;
  readonly merchantId: string;
  readonly keyId: string;
  readonly sharedSecret: string;
  /** The authentications to authorize with; the decline and the reversal use the first. */
  readonly auths: readonly AuthName[];
  /** Message-level encryption both ways: the mock's MLE certificate, and the response key pair. */
  readonly mle: {
    readonly mockCertificate: string;
    readonly responsePrivateKey: string;
    readonly responseKeyId: string;
  };
}

export interface ConformanceReport {
  /** The names of the checks that passed. */
  readonly passed: string[];
  /** One line per problem, prefixed with the check's name. */
  readonly failures: string[];
}

type Check = (target: ConformanceTarget) => Promise<string[]>;

function strategy(target: ConformanceTarget, auth: AuthName): SigningStrategy {
  const { merchantId, keyId, sharedSecret } = target;
  return auth === "httpSignature"
    ? httpSignatureAuth({ merchantId, keyId, sharedSecret })
    : jwtAuth({ merchantId, keyId, sharedSecret });
}

function client(
  target: ConformanceTarget,
  auth: AuthName = target.auths[0]!,
  verifyTransientTokens = false,
): JpoClient {
  return createJpoClient({
    environment: target.mockUrl,
    auth: strategy(target, auth),
    timeoutMs: 10_000,
    timeoutReversalDelayMs: 0,
    retryBaseDelayMs: 10,
    verifyTransientTokens,
  });
}

function expectEqual(what: string, actual: unknown, expected: unknown): string[] {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  return a === e ? [] : [`${what} is ${a}, expected ${e}`];
}

const signing: Check = () => runSigningSuite({ httpSignatureAuth, jwtAuth });

const validation: Check = async () => {
  const valid = validateJpoAuthorization(installmentRequest("120000", "valid"));
  const broken = installmentRequest("120000", "broken") as any;
  broken.processingInformation.japanPaymentOptions.businessNameKatakana = "わがしゃ";
  broken.processingInformation.japanPaymentOptions.firstBusinessMonth = "05";
  const issues = validateJpoAuthorization(broken).map(({ path, rule }) => `${path} ${rule}`);
  const jpo = "processingInformation.japanPaymentOptions";
  return [
    ...expectEqual("issues of a valid request", valid, []),
    ...expectEqual("issues of a broken request", issues.sort(), [
      `${jpo}.businessNameKatakana katakana`,
      `${jpo}.firstBusinessMonth unknown-field`,
    ]),
  ];
};

const authorization: Check = async (target) => {
  const failures: string[] = [];
  for (const auth of target.auths) {
    const result = await client(target, auth).authorize(installmentRequest("120000", auth));
    failures.push(...expectEqual(`${auth}: status`, result.status, "AUTHORIZED"));
    if (result.status === "AUTHORIZED" && !/^\d{22}$/.test(result.id)) {
      failures.push(`${auth}: id ${JSON.stringify(result.id)} is not 22 digits`);
    }
  }
  return failures;
};

const decline: Check = async (target) => {
  const result = await client(target).authorize(installmentRequest("1001", "decline"));
  return expectEqual(
    "decline",
    [result.status, result.status === "DECLINED" ? result.errorReason : undefined],
    ["DECLINED", "INSUFFICIENT_FUND"],
  );
};

const timeoutReversal: Check = async (target) => {
  const request = installmentRequest("5002", "reversal");
  const error = await client(target)
    .authorize(request)
    .then(
      () => undefined,
      (reason: unknown) => reason,
    );
  if (!(error instanceof AuthorizationOutcomeUnknownError)) {
    return [`a 502 gave ${String(error)}, expected AuthorizationOutcomeUnknownError`];
  }
  const reversal = await error.reverse();
  return [
    ...expectEqual("error", [error.code, error.httpStatus], ["AUTHORIZATION_OUTCOME_UNKNOWN", 502]),
    ...expectEqual("transaction id", error.transactionId, "reversal"),
    ...expectEqual("reversal", [reversal.status, reversal.amount], ["REVERSED", "5002"]),
  ];
};

// Request and response MLE on Web Crypto: the body goes out as a JWE for the mock's certificate,
// and the approval comes back as a JWE this runtime must decrypt (an unencrypted one is an error).
const encryptedBothWays: Check = async (target) => {
  const { merchantId, keyId, sharedSecret, mle } = target;
  const auth = jwtAuth({
    merchantId,
    keyId,
    sharedSecret,
    requestEncryption: { certificate: mle.mockCertificate },
    responseEncryption: { privateKey: mle.responsePrivateKey, keyId: mle.responseKeyId },
  });
  const mleClient = createJpoClient({ environment: target.mockUrl, auth, timeoutMs: 10_000 });
  const result = await mleClient.authorize(installmentRequest("120000", "mle"));
  return [
    ...expectEqual("status", result.status, "AUTHORIZED"),
    ...expectEqual(
      "authorized amount",
      "authorizedAmount" in result && result.authorizedAmount,
      "120000",
    ),
  ];
};

/** A capture context, the mock's tokenization, verification with jose, and the authorization. */
const transientToken: Check = async (target) => {
  const jpo = client(target, target.auths[0], true);
  const { captureContext, allowedCardNetworks } = await jpo.createCaptureContext({
    targetOrigins: ["http://127.0.0.1"],
  });
  const card = { number: "4111111111111111", expirationMonth: "12", expirationYear: "2031" };
  const tokenized = await fetch(`${target.mockUrl}/flex/v2/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ captureContext, card }),
  });
  const token = await tokenized.text();
  const payload = await verifyTransientToken(token, captureContext);
  const result = await jpo.authorize(tokenRequest(token, "token"), { captureContext });
  return [
    ...expectEqual("allowed networks", allowedCardNetworks, ["VISA"]),
    ...expectEqual("tokenization", tokenized.status, 201),
    ...expectEqual("card types", payload.card.cardTypes, ["001"]),
    ...expectEqual("status", result.status, "AUTHORIZED"),
  ];
};

const checks: Record<string, Check> = {
  signing,
  validation,
  authorization,
  decline,
  timeoutReversal,
  encryptedBothWays,
  transientToken,
};

/** Runs every check in turn; never throws. */
export async function runConformance(target: ConformanceTarget): Promise<ConformanceReport> {
  const report: ConformanceReport = { passed: [], failures: [] };
  for (const [name, check] of Object.entries(checks)) {
    try {
      const failures = await check(target);
      if (failures.length === 0) report.passed.push(name);
      for (const failure of failures) report.failures.push(`${name}: ${failure}`);
    } catch (error) {
      report.failures.push(
        `${name}: threw ${error instanceof Error ? error.stack : String(error)}`,
      );
    }
  }
  return report;
}
