// The parts of one HTTP Signature authorization, each alone, so that a regression shows where
// it is: validate (snapshot, rules), sign (the bytes signer on the serialized body), send (a
// canned 201 read through the bounded fetch) and interpret (parse, check, build the result).
import { wireAuthOf } from "../src/auth/strategy.js";
import { httpSignatureAuth } from "../src/index.js";
import { toResult } from "../src/payments/authorization-result.js";
import { inspectAuthorization } from "../src/rules/index.js";
import { isPlainJson } from "../src/redact.js";
import { boundedFetch } from "../src/transport/bounded-fetch.js";
import type { Runtime } from "../src/transport/index.js";
import { benchRequest, cannedAnswer, credentials, measure, type Row } from "./shared.js";

/** One row per part, in CPU µs per call. */
export async function parts(body: string): Promise<Row[]> {
  const { text, fetch: canned } = cannedAnswer();
  const signer = wireAuthOf(httpSignatureAuth(credentials))!;
  const now = new Date();
  const sent = {
    body: JSON.parse(body),
    transactionId: "jpo-0123456789abcdef0123456789",
    amount: "120000",
    defaultsApplied: {},
    warnings: [],
  };
  const url = "https://apitest.cybersource.com/pts/v2/payments";
  const signal = new AbortController().signal;
  const never = new Promise<never>(() => {});
  const count = 2_000;
  const m = await measure({
    validate: { run: () => inspectAuthorization(benchRequest(), { now: () => now }), count },
    sign: {
      run: () => signer.sign("POST", "apitest.cybersource.com", "/pts/v2/payments", body),
      count,
    },
    send: {
      run: () => boundedFetch(canned, url, { method: "POST", body, signal }, 1_048_576, never),
      count,
    },
    interpret: {
      run: () => {
        const answer = {
          httpStatus: 201,
          correlationId: "bench",
          json: JSON.parse(text),
          unreadable: false,
          plain: isPlainJson(text),
        };
        return toResult({} as Runtime, sent, answer);
      },
      count,
    },
  });
  return Object.entries(m).map(([part, value]) => ({
    section: "cpu",
    metric: `  part: ${part}`,
    ours: value,
    baseline: undefined,
    baselineName: "",
    unit: "µs CPU",
    ratio: undefined,
    target: "(info)",
    met: undefined,
  }));
}
