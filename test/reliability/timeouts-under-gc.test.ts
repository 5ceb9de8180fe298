// Regression guard: the SDK's timeout and the caller's signal still end the wait when garbage
// collections run while a request is in flight (nodejs/undici#4068; found by the loss test).
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { AuthorizationOutcomeUnknownError } from "../../src/payments/outcome-unknown-error.js";
import { faultChecks, failure, forAmount, mock } from "./fault-helpers.js";
import { clientFor } from "./support.js";

const checked = faultChecks();

describe("timeouts under garbage collection", () => {
  // The signer rebuilds the request (`new Request(request, ...)`), and Node 20's undici follows
  // the first Request's signal only weakly: once a GC has collected openapi-fetch's Request,
  // aborting that signal no longer aborts the fetch (nodejs/undici#4068). So the SDK passes its
  // deadline signal to fetch itself (src/internal/exchange.ts); without that, the call waits for
  // the answer, or for undici's own 300 s headers timeout.
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const underGc = async <T>(promise: Promise<T>) => {
    const timer = setInterval(gc, 20);
    try {
      return await promise;
    } finally {
      clearInterval(timer);
    }
  };

  test("timeoutMs still ends the wait when a GC runs meanwhile", () =>
    checked(async (open) => {
      const server = open(await mock(1_000));
      const client = clientFor(server.url, { timeoutMs: 150 });
      const error = await underGc(failure(client.authorize(forAmount("5065"))));
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
    }));

  test("the caller's signal still aborts when a GC runs meanwhile", () =>
    checked(async (open) => {
      const server = open(await mock(1_000));
      const signal = AbortSignal.timeout(150);
      const error = await underGc(
        failure(clientFor(server.url).authorize(forAmount("5065"), { signal })),
      );
      expect(error).toBeInstanceOf(AuthorizationOutcomeUnknownError);
    }));
});
