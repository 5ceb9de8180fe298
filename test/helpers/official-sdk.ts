// Cybersource's official Node SDK (cybersource-rest-client 0.0.83), run offline as the reference
// implementation: its clock and UUID source are pinned while it computes headers.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const nodeCrypto = require("node:crypto") as { randomUUID: () => string };

interface ApiClient {
  setConfiguration(config: Record<string, unknown>): void;
  callAuthenticationHeader(
    method: string,
    target: string,
    body: string,
    headers: Record<string, string>,
    isResponseMle: boolean,
  ): Record<string, string>;
}
const { ApiClient } = require("cybersource-rest-client") as { ApiClient: new () => ApiClient };

/** A request as the SDK describes it. */
export interface SdkRequest {
  readonly method: string;
  readonly target: string;
  readonly body: string;
  readonly date: string;
  readonly jti?: string;
}

/**
 * The headers `ApiClient#callAuthenticationHeader` computes for `config` (an SDK merchant
 * configuration; logging is forced off so no log files are written).
 */
export function officialHeaders(
  config: Record<string, unknown>,
  request: SdkRequest,
): Record<string, string> {
  const client = new ApiClient();
  client.setConfiguration({ ...config, logConfiguration: { enableLog: false } });
  const realNow = Date.now;
  const realUuid = nodeCrypto.randomUUID;
  Date.now = () => Date.parse(request.date);
  nodeCrypto.randomUUID = () => request.jti ?? randomUUID();
  try {
    return client.callAuthenticationHeader(request.method, request.target, request.body, {}, false);
  } finally {
    Date.now = realNow;
    nodeCrypto.randomUUID = realUuid;
  }
}
