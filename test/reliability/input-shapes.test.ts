// Classes 9-13 of issue 13: one snapshot of the caller's data is validated and sent (own
// enumerable data only, each read once, nothing written); hostile shapes end in the SDK's
// typed error quickly; at most 100 issues are reported; one email definition; no control
// characters or unpaired surrogates in anything sent.
import { describe, expect, test } from "vitest";
import { validateJpoAuthorization } from "../../src/rules/index.js";
import { validateRequest } from "../../src/mock/request-schema.js";
import { installmentRequest, mutable } from "../support/requests.js";
import { failure } from "./fault-helpers.js";
import { clientFor, recordingFetch } from "./support.js";

const approve = () =>
  Response.json(
    {
      id: "7000000000000000000001",
      status: "AUTHORIZED",
      orderInformation: { amountDetails: { authorizedAmount: "120000" } },
    },
    { status: 201 },
  );
const harness = () => {
  const { fetch, calls } = recordingFetch(approve);
  return { client: clientFor("https://apitest.cybersource.com", { fetch }), calls };
};
const billTo = "orderInformation.billTo";

describe("one snapshot of the caller's data", () => {
  test("a getter that changes on each read is never called; the field is reported, nothing sent", async () => {
    const { client, calls } = harness();
    const request = mutable();
    let reads = 0;
    Object.defineProperty(request.orderInformation.billTo, "firstName", {
      enumerable: true,
      get: () => (++reads === 1 ? "Taro" : "\u0000"),
    });
    const error = await failure(client.authorize(request));
    expect(error).toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [{ path: `${billTo}.firstName`, rule: "type" }],
    });
    expect(reads).toBe(0);
    expect(calls).toHaveLength(0);
  });

  test.each([
    ["a Date", new Date()],
    ["a Map", new Map()],
    ["a Set", new Set()],
    ["a RegExp", /x/u],
    ["a boxed string", Object("Taro")],
  ])("%s where a string belongs is a type issue, not sent as something else", async (_, value) => {
    const { client, calls } = harness();
    const request = mutable();
    request.orderInformation.billTo.firstName = value;
    expect(await failure(client.authorize(request))).toMatchObject({
      issues: [{ path: `${billTo}.firstName`, rule: "type" }],
    });
    expect(calls).toHaveLength(0);
  });

  test("inherited fields and toJSON are ignored: what is sent is the own data that was validated", async () => {
    const { client, calls } = harness();
    const request = mutable();
    const billing = Object.create(
      { middleName: "X" },
      Object.getOwnPropertyDescriptors(request.orderInformation.billTo),
    );
    Object.defineProperty(request, "toJSON", {
      value: () => ({ hacked: true }),
      enumerable: false,
    });
    request.orderInformation.billTo = billing;
    expect((await client.authorize(request)).status).toBe("AUTHORIZED");
    const sent = JSON.parse(calls[0]!.body);
    expect(sent.orderInformation.billTo.middleName).toBeUndefined();
    expect(sent.hacked).toBeUndefined();
  });

  test("a frozen class instance is accepted and never written to", async () => {
    const { client } = harness();
    class Req {
      constructor(source: object) {
        Object.assign(this, structuredClone(source));
        Object.freeze(this);
      }
    }
    const request = new Req(installmentRequest("120000.00")) as never;
    const before = JSON.stringify(request);
    expect((await client.authorize(request)).status).toBe("AUTHORIZED");
    expect(JSON.stringify(request)).toBe(before);
  });
});

describe("hostile shapes end in a typed error, quickly", () => {
  const deep = () => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let i = 0; i < 10_000; i++) node = (node["a"] = {}) as Record<string, unknown>;
    return root;
  };
  const sparse = () => {
    const array: unknown[] = [];
    array.length = 2 ** 32 - 1;
    return array;
  };
  const cyclic = () => {
    const request = mutable();
    request.orderInformation.billTo.self = request;
    return request;
  };
  test.each([
    ["a cycle", cyclic, "cycle"],
    ["nesting 10,000 deep", () => ({ ...mutable(), deep: deep() }), "too-deep"],
    [
      "a sparse array of length 2^32-1",
      () => {
        const r = mutable();
        r.processingInformation.japanPaymentOptions.bonuses = sparse();
        return r;
      },
      "too-large",
    ],
    [
      "a throwing Proxy",
      () =>
        new Proxy(mutable(), {
          ownKeys() {
            throw new Error("trap");
          },
        }),
      "unreadable",
    ],
    [
      "a throwing getter",
      () =>
        Object.defineProperty(mutable(), "x", {
          enumerable: true,
          get() {
            throw new Error("get");
          },
        }),
      "unknown-field",
    ],
  ])("%s", async (_, make, rule) => {
    const { client, calls } = harness();
    const started = Date.now();
    const error = await failure(client.authorize(make()));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
    expect((error as { issues: { rule: string }[] }).issues.map((i) => i.rule)).toContain(rule);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(calls).toHaveLength(0);
  });

  test("at most 100 issues are kept, with a count of the rest", async () => {
    const { client } = harness();
    const request = mutable();
    for (let i = 0; i < 500; i++) request[`unknown${i}`] = i;
    const error = (await failure(client.authorize(request))) as {
      issues: unknown[];
      omittedIssues: number;
    };
    expect(error.issues).toHaveLength(100);
    expect(error.omittedIssues).toBe(400);
  });
});

describe("one email definition, from the spec", () => {
  test.each(["a..b@x.jp", ".a@x.jp", "a.@x.jp", "a@x", "a@-x.jp", "a b@x.jp"])(
    "%s is refused by the SDK and by the mock alike",
    (email) => {
      const request = mutable();
      request.orderInformation.billTo.email = email;
      expect(validateJpoAuthorization(request).map((i) => i.path)).toContain(`${billTo}.email`);
      const { problems } = validateRequest("JpoAuthorizationRequest", request);
      expect(problems.map((p) => p.field)).toContain(`${billTo}.email`);
    },
  );

  test.each(["taro@example.jp", "taro.yamada+jpo@mail.example.co.jp"])(
    "%s is accepted by both",
    (email) => {
      const request = mutable();
      request.orderInformation.billTo.email = email;
      expect(
        validateJpoAuthorization(request, { now: () => new Date("2026-11-25T00:00:00Z") }),
      ).toEqual([]);
      expect(validateRequest("JpoAuthorizationRequest", request).problems).toEqual([]);
    },
  );
});

describe("strings the SDK sends", () => {
  test.each([
    "\u0000",
    "\u200b",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u0007",
    "\n",
    "\ud800",
    "x\udc00y",
  ])("refuses %j in a free-text field, in a follow-up reason too", async (bad) => {
    const { client, calls } = harness();
    const request = mutable();
    request.orderInformation.billTo.address1 = `1-1 ${bad}`;
    expect(await failure(client.authorize(request))).toMatchObject({
      issues: [{ path: `${billTo}.address1`, rule: "control-character" }],
    });
    const reversal = client.reverseTimedOut({
      transactionId: "TX-1",
      amount: "1",
      currency: "JPY",
      reason: `x${bad}` as "34",
    });
    expect(await failure(reversal)).toMatchObject({ issues: [{ rule: "control-character" }] });
    expect(calls).toHaveLength(0);
  });
});
