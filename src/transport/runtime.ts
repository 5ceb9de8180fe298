import type { Client } from "openapi-fetch";
import type { paths } from "../../generated/openapi.js";
import type { ExchangeContext } from "./exchange.js";

/** Everything one client's operations share. */
export interface Runtime extends ExchangeContext {
  readonly api: Client<paths>;
  readonly timeoutMs: number;
  readonly retry: { readonly attempts: number; readonly baseDelayMs: number };
  readonly timeoutReversalDelayMs: number;
  readonly newTransactionId: () => string;
  readonly relaxedRequirements: boolean;
  /** `clientReferenceInformation.partner` fields added to every request body. */
  readonly partner: { readonly developerId?: string; readonly solutionId?: string } | undefined;
  /** Verify every transient token against its capture context before sending. */
  readonly verifyTransientTokens?: boolean;
}
