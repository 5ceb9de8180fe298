// Class 1 of issue 13: a hook, sync or async, can never affect a payment. What it throws or
// rejects with goes to onHookError (or nowhere), its promise is never awaited, and no rejection
// is left unhandled.
import { describe, expect, test } from "vitest";
import type { HookName } from "../../src/hooks.js";
import { installmentRequest } from "../support/requests.js";
import { clientFor, startMock, watchUnhandledRejections } from "./support.js";

const rejections = watchUnhandledRejections();
const boom = () => new Error("hook failed");

describe("hooks that fail", () => {
  test.each([
    [
      "sync throws",
      () => {
        throw boom();
      },
    ],
    [
      "async rejects",
      async () => {
        throw boom();
      },
    ],
    [
      "a thenable rejects",
      () => ({ then: (_: unknown, reject: (e: unknown) => void) => reject(boom()) }),
    ],
  ])("an authorization is approved and captured when every hook %s", async (_, hook) => {
    const mock = await startMock();
    const reported: HookName[] = [];
    const client = clientFor(mock.url, {
      hooks: {
        onRequest: hook,
        onResponse: hook,
        onError: hook,
        onHookError: (_error, name) => void reported.push(name),
      },
    });
    const result = await client.authorize(installmentRequest());
    expect(result.status).toBe("AUTHORIZED");
    if (result.status !== "AUTHORIZED") return;
    expect((await result.capture()).status).toBe("PENDING");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reported).toEqual(["onRequest", "onResponse", "onRequest", "onResponse"]);
    await rejections.expectNone();
  });

  test("a hook that changes the events it is given changes neither request nor result", async () => {
    const mock = await startMock();
    const scribble = (event: { body?: unknown }) => {
      const body = event.body as Record<string, unknown>;
      for (const key of Object.keys(body)) body[key] = "changed by a hook";
    };
    const client = clientFor(mock.url, { hooks: { onRequest: scribble, onResponse: scribble } });
    const result = await client.authorize(installmentRequest());
    expect(result.status).toBe("AUTHORIZED");
    if (result.status !== "AUTHORIZED") return;
    expect(result.id).toMatch(/^\d+$/u);
    expect(result.raw.status).toBe("AUTHORIZED");
    expect(mock.authorizations).toHaveLength(1);
  });

  test("a hook that never settles does not delay the payment", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url, { hooks: { onResponse: () => new Promise(() => {}) } });
    expect((await client.authorize(installmentRequest())).status).toBe("AUTHORIZED");
  });

  test("an onHookError that throws or rejects is ignored too", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url, {
      hooks: {
        onRequest: async () => {
          throw boom();
        },
        onHookError: async () => {
          throw boom();
        },
      },
    });
    expect((await client.authorize(installmentRequest())).status).toBe("AUTHORIZED");
    await rejections.expectNone();
  });

  test("hooks that are not functions are refused when the client is made", () => {
    expect(() =>
      clientFor("https://apitest.cybersource.com", { hooks: { onRequest: 1 } as never }),
    ).toThrow(expect.objectContaining({ code: "CLIENT_CONFIG_INVALID" }));
  });
});
