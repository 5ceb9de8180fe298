// Client setup with a P12 (`cybersource-jpo/p12`): the time `ready()` takes to open the file and
// import its keys, for a file as OpenSSL writes it and one as Java writes it (legacy PBE, 10,000
// KDF iterations), with the signing key alone and with response MLE from the same file. A server
// pays this once per process, on its first request: a cold start.
import { jwtAuth } from "../src/p12.js";
import { OpenSslDir } from "../test/helpers/openssl.js";
import { credentials, median, type Row } from "./shared.js";

const PASSWORD = "bench-p12";

function p12Files(): Record<string, Uint8Array> {
  const dir = new OpenSslDir();
  try {
    const { merchantId } = credentials;
    dir.keyAndCertificate("merchant", merchantId, "7000123456789");
    return {
      "OpenSSL default": dir.merchantP12("openssl.p12", PASSWORD, merchantId, "7000123456789"),
      "Java-style (legacy PBE, 10,000 iterations)": dir.merchantP12(
        "java.p12",
        PASSWORD,
        merchantId,
        "7000123456789",
        ["-legacy", "-iter", "10000"],
      ),
    };
  } finally {
    dir.remove();
  }
}

/** Milliseconds of one `ready()` of a fresh strategy. */
async function readyMs(p12: Uint8Array, responseMle: boolean): Promise<number> {
  const auth = jwtAuth({
    merchantId: credentials.merchantId,
    p12,
    password: PASSWORD,
    ...(responseMle ? { responseEncryption: {} } : {}),
  });
  const started = performance.now();
  await auth.ready?.();
  return performance.now() - started;
}

/** One row per file and mode: the median of `runs` setups after one warm-up. */
export async function setup(runs = 5): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [file, p12] of Object.entries(p12Files())) {
    for (const responseMle of [false, true]) {
      await readyMs(p12, responseMle);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await readyMs(p12, responseMle));
      rows.push({
        section: "setup",
        metric: `P12 ${file}, ${responseMle ? "signing and response MLE keys" : "signing key"}`,
        ours: median(times),
        baseline: undefined,
        baselineName: "",
        unit: "ms",
        ratio: undefined,
        target: "(info)",
        met: undefined,
        notes: `jwtAuth(...).ready(), median of ${runs} in one process after a warm-up`,
      });
    }
  }
  return rows;
}
