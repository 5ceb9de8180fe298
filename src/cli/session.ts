import { createJpoClient, httpSignatureAuth, type JpoClient } from "../index.js";
import { startMockCybersource, type MockCybersource } from "../mock/index.js";
import { liveAuth, throwawayCredentials } from "./credentials.js";

/** A client and, unless live, the embedded mock it talks to. */
export interface Session {
  readonly client: JpoClient;
  readonly mock: MockCybersource | undefined;
  readonly target: string;
  close(): Promise<void>;
}

/** Options of {@link openSession}. */
export interface SessionOptions {
  readonly live: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** Wait before a timeout reversal; Cybersource asks for 60 s, the mock needs none. */
  readonly timeoutReversalDelayMs?: number;
  /** How long the mock's slow scenario takes to answer. */
  readonly slowResponseMs?: number;
}

/** Starts the mock on a free loopback port (or uses the sandbox with `live`) and a client for it. */
export async function openSession(options: SessionOptions): Promise<Session> {
  if (options.live) {
    const client = createJpoClient({ environment: "test", auth: await liveAuth(options.env) });
    return {
      client,
      mock: undefined,
      target: "apitest.cybersource.com (live sandbox)",
      close: async () => {},
    };
  }
  const credentials = throwawayCredentials();
  const mock = await startMockCybersource({
    ...credentials,
    slowResponseMs: options.slowResponseMs ?? 3_000,
  });
  const client = createJpoClient({
    environment: mock.url,
    auth: httpSignatureAuth(credentials),
    timeoutReversalDelayMs: options.timeoutReversalDelayMs ?? 0,
  });
  return {
    client,
    mock,
    target: `the embedded mock Cybersource at ${mock.url}`,
    close: () => mock.close(),
  };
}
