import { createJpoClient, httpSignatureAuth, type JpoClient } from "../index.js";
import { startMockCybersource, type MockCybersource } from "../mock/index.js";
import { credentialsFromEnv, throwawayCredentials } from "./credentials.js";
import { CliConfigError } from "./input.js";

/** A client and, unless it targets a URL or the sandbox, the embedded mock it talks to. */
export interface Session {
  readonly client: JpoClient;
  readonly mock: MockCybersource | undefined;
  readonly target: string;
  /** The flags that reach the same target again, for the commands the CLI suggests. */
  readonly targetFlags: string;
  close(): Promise<void>;
}

/** Options of {@link openSession}. */
export interface SessionOptions {
  /** Cybersource's sandbox, with credentials from the environment. */
  readonly live: boolean;
  /** A running Cybersource (or mock) at this base URL, with credentials from the environment. */
  readonly url?: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  /** Wait before a timeout reversal; Cybersource asks for 60 s, the mock needs none. */
  readonly timeoutReversalDelayMs?: number;
  /** How long the embedded mock's slow scenario takes to answer. */
  readonly slowResponseMs?: number;
}

/**
 * A client for `--url`, for the sandbox with `--live`, or else for a fresh embedded mock on a free
 * loopback port.
 */
export async function openSession(options: SessionOptions): Promise<Session> {
  if (options.live && options.url !== undefined) {
    throw new CliConfigError("--live and --url name two targets: give one of them.");
  }
  if (options.live || options.url !== undefined) {
    const environment = options.live ? "test" : checkedUrl(options.url ?? "");
    const auth = await credentialsFromEnv(options.env, options.live ? "--live" : "--url");
    return {
      client: createJpoClient({ environment, auth }),
      mock: undefined,
      target: options.live ? "apitest.cybersource.com (live sandbox)" : environment,
      targetFlags: options.live ? "--live" : `--url ${environment}`,
      close: async () => {},
    };
  }
  return embeddedSession(options);
}

async function embeddedSession(options: SessionOptions): Promise<Session> {
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
    // The embedded mock stops with the command: a follow-up needs a mock that keeps running.
    targetFlags: "--url <URL of `cybersource-jpo mock`>",
    close: () => mock.close(),
  };
}

function checkedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return url.replace(/\/$/, "");
  } catch {
    // reported below
  }
  throw new CliConfigError(`--url ${url} is not an http(s) URL, e.g. http://127.0.0.1:8080.`);
}
