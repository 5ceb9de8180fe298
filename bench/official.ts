// Cybersource's official SDK (cybersource-rest-client 0.0.83) as the baseline: its
// `ApiClient.callAuthenticationHeader`, which computes the headers of one request.
import { createRequire } from "node:module";
import { join } from "node:path";
import { credentials, root } from "./shared.js";

interface ApiClient {
  setConfiguration(config: Record<string, unknown>): void;
  callAuthenticationHeader(
    ...args: [string, string, string, Record<string, string>, boolean]
  ): unknown;
}

/** Signs `body` as `POST /pts/v2/payments` the way the official SDK does, per `kind`. */
export function officialSigner(kind: "http_signature" | "jwt", host: string) {
  const require = createRequire(join(root, "package.json"));
  const sdk = require("cybersource-rest-client") as { ApiClient: new () => ApiClient };
  const client = new sdk.ApiClient();
  client.setConfiguration({
    authenticationType: kind,
    ...(kind === "jwt" ? { jwtKeyType: "SHARED_SECRET" } : {}),
    runEnvironment: host,
    merchantID: credentials.merchantId,
    merchantKeyId: credentials.keyId,
    merchantsecretKey: credentials.sharedSecret,
    logConfiguration: { enableLog: false },
  });
  return (body: string) =>
    client.callAuthenticationHeader("POST", "/pts/v2/payments", body, {}, false);
}
