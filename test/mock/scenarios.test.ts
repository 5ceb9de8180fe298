import { describe, expect, it } from "vitest";
import { formatScenarioTable, mockScenarios } from "../../src/mock/index.js";
import * as bodies from "./helpers/bodies.js";
import { send, signedFetch } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const PATH = "/pts/v2/payments";
const declines = mockScenarios.filter((scenario) => scenario.outcome === "DECLINED");

describe("amount-triggered scenarios", () => {
  it.each(declines.map((s) => [s.amount, s.errorReason] as const))(
    "declines %s yen with %s and records the decline",
    async (amount, reason) => {
      const mock = await startMock();
      const { status, body } = await send(mock, PATH, bodies.authorization(amount));
      expect(status).toBe(201);
      expect(body).toMatchObject({ status: "DECLINED", errorInformation: { reason } });
      expect(body.errorInformation.message).toMatch(/^Decline - /);
      expect(body._links).toEqual({ self: { href: `/pts/v2/payments/${body.id}`, method: "GET" } });
      expect(body.processorInformation.approvalCode).toBeUndefined();
      expect(mock.authorizations[0]).toMatchObject({
        state: "DECLINED",
        status: "DECLINED",
        declineReason: reason,
        scenarioAmount: amount,
        authorizedAmount: "0",
      });
    },
  );

  it("approves any amount that is not in the table", async () => {
    const mock = await startMock();
    for (const amount of ["1", "1000", "1016", "2004", "5000"]) {
      const { body } = await send(mock, PATH, bodies.authorization(amount));
      expect(body.status).toBe("AUTHORIZED");
    }
  });

  it("approves half of 2001 yen as PARTIAL_AUTHORIZED", async () => {
    const mock = await startMock();
    const { body } = await send(mock, PATH, bodies.authorization("2001"));
    expect(body.status).toBe("PARTIAL_AUTHORIZED");
    expect(body.orderInformation.amountDetails).toEqual({
      totalAmount: "2001",
      authorizedAmount: "1000",
      currency: "JPY",
    });
    expect(Object.keys(body._links)).toEqual(["self", "capture", "reversal"]);
    expect(mock.authorizations[0]).toMatchObject({ amount: "2001", authorizedAmount: "1000" });
  });

  it.each([
    ["2002", "AUTHORIZED_PENDING_REVIEW", "DECISION_PROFILE_REVIEW"],
    ["2003", "AUTHORIZED_RISK_DECLINED", "DECISION_PROFILE_REJECT"],
  ])("answers %s yen with %s, reversible but not capturable", async (amount, status, reason) => {
    const mock = await startMock();
    const { body } = await send(mock, PATH, bodies.authorization(amount));
    expect(body).toMatchObject({ status, errorInformation: { reason } });
    expect(Object.keys(body._links)).toEqual(["self", "reversal"]);
    expect(mock.authorizations[0]).toMatchObject({ state: "AUTHORIZED", status });
  });

  it("answers 5002 yen with 502 SYSTEM_ERROR after recording an approval", async () => {
    const mock = await startMock();
    const { status, body } = await send(mock, PATH, bodies.authorization("5002"));
    expect(status).toBe(502);
    expect(body).toEqual({
      submitTimeUtc: "2026-11-25T03:15:42Z",
      status: "SERVER_ERROR",
      reason: "SYSTEM_ERROR",
      message: "Error - General system failure.",
    });
    expect(mock.authorizations[0]).toMatchObject({ status: "AUTHORIZED", scenarioAmount: "5002" });
  });

  it("answers 5065 yen only after slowResponseMs", async () => {
    const mock = await startMock({ slowResponseMs: 150 });
    const started = performance.now();
    const { status, body } = await send(mock, PATH, bodies.authorization("5065"));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(status).toBe(201);
    expect(body.status).toBe("AUTHORIZED");
  });

  it("holds 5065 yen past a client timeout by default, recorded, and close() does not wait", async () => {
    const mock = await startMock();
    const request = signedFetch(mock, PATH, bodies.authorization("5065"), {
      signal: AbortSignal.timeout(200),
    });
    await expect(request).rejects.toMatchObject({ name: "TimeoutError" });
    expect(mock.authorizations).toHaveLength(1);
    const started = performance.now();
    await mock.close();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("resets the connection for 5001 yen after recording an approval", async () => {
    const mock = await startMock();
    await expect(signedFetch(mock, PATH, bodies.authorization("5001"))).rejects.toThrow(TypeError);
    expect(mock.authorizations[0]).toMatchObject({ status: "AUTHORIZED", scenarioAmount: "5001" });
  });

  it("answers 5201 yen with a 201 whose JSON is cut short", async () => {
    const mock = await startMock();
    const response = await signedFetch(mock, PATH, bodies.authorization("5201"));
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/hal+json;charset=utf-8");
    expect(response.headers.get("v-c-correlation-id")).toMatch(/^[0-9a-f-]{36}$/);
    const text = await response.text();
    expect(text.startsWith('{"_links":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(mock.authorizations).toHaveLength(1);
  });

  it("prints the table with one row per trigger", () => {
    const table = formatScenarioTable();
    expect(table.split("\n")).toHaveLength(mockScenarios.length + 3);
    for (const { amount, outcome } of mockScenarios)
      expect(table).toContain(`| ${amount} | ${outcome} |`);
  });

  it("has unique amounts and a description for every row", () => {
    expect(new Set(mockScenarios.map((s) => s.amount)).size).toBe(mockScenarios.length);
    for (const scenario of mockScenarios) expect(scenario.description.length).toBeGreaterThan(10);
  });
});
