// CPU per authorization without the network: `authorize` (validate, sign, send to a fetch that
// answers a canned 201 at once, interpret) against the official SDK's signing of the same
// request, and JWT RS256 against a bare Web Crypto RS256 sign of the same claims. CPU is
// `process.cpuUsage()` (Web Crypto's thread pool included) over a batch, median of interleaved
// rounds. The parts of an HTTP Signature authorization are measured the same way, and so is the
// wire work alone (the least any authorization on this design can cost), for comparison.
import { createHash } from "node:crypto";
import { wireAuthOf } from "../src/auth/strategy.js";
import { createJpoClient, httpSignatureAuth, jwtAuth, type SigningStrategy } from "../src/index.js";
import { OpenSslDir } from "../test/helpers/openssl.js";
import { authorizer } from "./authorize.js";
import { officialSigner } from "./official.js";
import { parts } from "./parts.js";
import { cannedAnswer, credentials, measure, root, wireBody, type Row } from "./shared.js";

const HOST = "apitest.cybersource.com";

function cannedClient(auth: SigningStrategy) {
  return authorizer(createJpoClient({ environment: "test", auth, fetch: cannedAnswer().fetch }));
}

/**
 * The wire work of one authorization and nothing else: serialize the request, sign it with the
 * strategy's bytes signer, send it to the canned fetch, parse the answer. No snapshot, no rule,
 * no typed result, no timeout: a floor for what any authorization built this way can cost.
 */
function wireOnly(auth: SigningStrategy) {
  const signer = wireAuthOf(auth);
  if (signer === undefined) throw new Error("not a strategy of this SDK");
  const { fetch } = cannedAnswer();
  const url = `https://${HOST}/pts/v2/payments`;
  return async () => {
    const body = wireBody("jpo-0123456789abcdef0123456789");
    const signed = await signer.sign("POST", HOST, "/pts/v2/payments", body);
    const response = await fetch(url, { method: "POST", headers: signed.headers, body });
    return JSON.parse(await response.text()) as unknown;
  };
}

/** A bare RS256 JWS of Cybersource's claims for `body`, on Web Crypto. */
function bareRs256(key: CryptoKey) {
  const b64url = (text: string) => Buffer.from(text).toString("base64url");
  const header = b64url(JSON.stringify({ typ: "JWT", alg: "RS256", kid: "7000123456789" }));
  return async (body: string) => {
    const iat = Math.floor(Date.now() / 1000);
    const claims = {
      digest: createHash("sha256").update(body).digest("base64"),
      "digest-algorithm": "SHA-256",
      iat,
      exp: iat + 120,
      "request-host": HOST,
      "request-resource-path": "/pts/v2/payments",
      "request-method": "post",
      iss: credentials.merchantId,
      jti: crypto.randomUUID(),
      "v-c-jwt-version": "2",
      "v-c-merchant-id": credentials.merchantId,
    };
    const input = `${header}.${b64url(JSON.stringify(claims))}`;
    const mac = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, new TextEncoder().encode(input));
    return `${input}.${Buffer.from(mac).toString("base64url")}`;
  };
}

async function rsaKey() {
  const dir = new OpenSslDir();
  try {
    const { key, cert } = dir.keyAndCertificate("bench", credentials.merchantId, "7000123456789");
    const der = Buffer.from(key.replace(/-----[^-]+-----|\s/gu, ""), "base64");
    const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    const cryptoKey = await crypto.subtle.importKey("pkcs8", der, algorithm, false, ["sign"]);
    return { key, cert, cryptoKey };
  } finally {
    dir.remove();
  }
}

/** The CPU rows: each target as a ratio to its baseline, then the parts. */
export async function cpu(): Promise<Row[]> {
  const body = wireBody("jpo-0123456789abcdef0123456789");
  const { key, cert, cryptoKey } = await rsaKey();
  const http = officialSigner("http_signature", HOST);
  const jwt = officialSigner("jwt", HOST);
  const bare = bareRs256(cryptoKey);
  const hs256 = cannedClient(jwtAuth(credentials));
  const stringify = () => JSON.stringify(JSON.parse(body));
  const fast = 2_000;
  const m = await measure({
    http: { run: cannedClient(httpSignatureAuth(credentials)), count: fast },
    officialHttp: { run: () => http(stringify()), count: fast },
    hs256: { run: hs256, count: fast },
    officialHs256: { run: () => jwt(stringify()), count: fast },
    wireHttp: { run: wireOnly(httpSignatureAuth(credentials)), count: fast },
    wireHs256: { run: wireOnly(jwtAuth(credentials)), count: fast },
    rs256: {
      run: cannedClient(
        jwtAuth({ merchantId: credentials.merchantId, privateKey: key, certificate: cert }),
      ),
      count: 200,
    },
    bareRs256: { run: () => bare(stringify()), count: 200 },
    bareThenHs256: {
      run: async () => {
        await bare(stringify());
        await hs256();
      },
      count: 200,
    },
  });
  const row = (metric: string, ours: number, base: number, name: string, max: number): Row => ({
    section: "cpu",
    metric,
    ours,
    baseline: base,
    baselineName: name,
    unit: "µs CPU",
    ratio: ours / base,
    target: `<= ${max}x`,
    met: ours / base <= max,
  });
  const info = (metric: string, ours: number, base: number, name: string): Row => ({
    ...row(metric, ours, base, name, 0),
    target: "(info)",
    met: undefined,
  });
  const official = "official SDK callAuthenticationHeader";
  return [
    row("authorize, HTTP Signature", m["http"]!, m["officialHttp"]!, official, 0.5),
    row("authorize, JWT HS256", m["hs256"]!, m["officialHs256"]!, official, 0.5),
    row("authorize, JWT RS256", m["rs256"]!, m["bareRs256"]!, "bare Web Crypto RS256", 1.2),
    info("  floor: wire work alone, HTTP Signature", m["wireHttp"]!, m["officialHttp"]!, official),
    info("  floor: wire work alone, JWT HS256", m["wireHs256"]!, m["officialHs256"]!, official),
    info(
      "  JWT RS256 vs a bare RS256 sign then an HS256 authorize",
      m["rs256"]!,
      m["bareThenHs256"]!,
      "bare Web Crypto RS256, then authorize with HS256",
    ),
    ...(await parts(body)),
  ];
}
