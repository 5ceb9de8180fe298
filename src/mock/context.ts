import type { IdSource } from "./ids.js";
import type { ResolvedOptions } from "./options.js";
import type { Reply } from "./reply.js";
import type { MockStore } from "./store.js";
import type { WebhookSender } from "./webhooks.js";
import type { MockFlex } from "./tokens/flex.js";
import type { MockVault } from "./tokens/vault.js";
import type { MockChallenges } from "./three-d-secure/challenges.js";

/** What every handler of one mock server shares. */
export interface MockContext {
  readonly options: ResolvedOptions;
  readonly store: MockStore;
  readonly ids: IdSource;
  readonly webhooks: WebhookSender;
  /** Capture contexts and transient tokens (Flex Microform). */
  readonly flex: MockFlex;
  /** TMS tokens. */
  readonly vault: MockVault;
  /** 3-D Secure challenges issued by the combined flow. */
  readonly challenges: MockChallenges;
}

/** One authenticated API call, its body parsed as JSON. */
export interface ApiCall {
  readonly body: unknown;
  /** The `{id}` path parameter, for follow-ups of a payment. */
  readonly id: string | undefined;
  /** When the mock received it, by its clock. */
  readonly at: Date;
}

/** An operation of the mock API. */
export type Handler = (context: MockContext, call: ApiCall) => Reply;
