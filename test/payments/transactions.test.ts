// Lookups and searches through the facade against the mock: the details in Cybersource's
// reporting names, the "not yet" 404 turned into a typed result, and paging through a search.
import { describe, expect, test } from "vitest";
import { transactionQuery as q } from "../../src/index.js";
import { installmentRequest } from "../support/requests.js";
import { failure } from "../reliability/fault-helpers.js";
import { clientFor, NOW, recordingFetch, startMock } from "../reliability/support.js";

describe("getTransaction", () => {
  test("reports a capture with its JPO data, sales slip, history and masked card", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url);
    const result = await client.authorize(installmentRequest());
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    const capture = await result.capture();
    await capture.refund({ amount: "20000" });
    const found = await client.getTransaction(capture.id);
    if (!found.found) throw new Error("not found");
    expect(found).toMatchObject({
      id: capture.id,
      rootId: result.id,
      status: "PENDING",
      amount: "120000",
      refundBalance: "100000",
      code: "ORDER-1",
      japanPaymentOptions: { paymentMethod: "61", numberOfInstallments: "12" },
      card: { prefix: "411111", suffix: "1111", type: "001" },
      applications: [{ name: "ics_bill", rCode: "1" }],
    });
    expect(found.salesSlipNumber).toMatch(/^\d+$/);
    expect(JSON.stringify(found)).not.toContain("4111111111111111");
    expect(mock.requests.at(-1)).toMatchObject({
      operation: "getTransaction",
      method: "GET",
      status: 200,
    });
  });

  test("resolves to NOT_FOUND_YET after one 404 by default", async () => {
    const mock = await startMock({ reportDelayMs: 60_000 });
    const client = clientFor(mock.url);
    const result = await client.authorize(installmentRequest());
    const lookup = await client.getTransaction(result.id!);
    expect(lookup).toMatchObject({ found: false, status: "NOT_FOUND_YET", attempts: 1 });
    expect(mock.requests.filter((r) => r.operation === "getTransaction")).toHaveLength(1);
  });

  test("retries on 404 within waitMs and finds it once the reports have it", async () => {
    let now = NOW.getTime();
    const mock = await startMock({ reportDelayMs: 60_000, now: () => new Date(now) });
    // The reports catch up between the first and second lookup (the mock's clock moves on).
    const { fetch } = recordingFetch(async (request) => {
      const answer = await globalThis.fetch(request);
      if (answer.status === 404) now += 60_000;
      return answer;
    });
    const client = clientFor(mock.url, { fetch });
    const result = await client.authorize(installmentRequest());
    const lookup = await client.getTransaction(result.id!, { waitMs: 5_000 });
    expect(lookup).toMatchObject({ found: true, id: result.id, status: "AUTHORIZED" });
    expect(mock.requests.filter((r) => r.operation === "getTransaction")).toHaveLength(2);
  });

  test("rejects an id that is not one before sending anything", async () => {
    const mock = await startMock();
    const error = await failure(clientFor(mock.url).getTransaction("../payments"));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "id" }] });
    expect(mock.requests).toHaveLength(0);
  });
});

describe("searchTransactions", () => {
  test("finds a payment's transactions by code and pages through them", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url);
    const result = await client.authorize(installmentRequest("120000", "ORDER-7"));
    if (result.status !== "AUTHORIZED") throw new Error(result.status);
    const capture = await result.capture();
    await capture.refund({ amount: "1000" });
    await client.authorize(installmentRequest("3000", "ORDER-8"));
    const first = await client.searchTransactions({ query: q.code("ORDER-7"), limit: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.summaries.map((s) => s.applications[0])).toHaveLength(2);
    const second = await first.next!();
    expect(second.summaries).toHaveLength(1);
    expect(second.next).toBeUndefined();
    const all = [...first.summaries, ...second.summaries].map((s) => s.applications[0]).sort();
    expect(all).toEqual(["ics_auth", "ics_bill", "ics_credit"]);
    const sent = mock.requests.filter((r) => r.operation === "searchTransactions");
    expect(sent[1]!.body).toEqual({
      query: "clientReferenceInformation.code:ORDER-7",
      sort: "submitTimeUtc:desc",
      offset: 2,
      limit: 2,
    });
  });

  test("searches by id and by a date range", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url);
    const result = await client.authorize(installmentRequest());
    const byId = await client.searchTransactions({ query: q.id(result.id!) });
    expect(byId.summaries.map((s) => s.id)).toEqual([result.id]);
    const range = q.submitted({
      from: new Date(NOW.getTime() - 1),
      to: new Date(NOW.getTime() + 1000),
    });
    expect(range).toBe(`submitTimeUtc:[${NOW.getTime() - 1} TO ${NOW.getTime() + 1000}}`);
    const inRange = await client.searchTransactions({ query: q.and(q.code("ORDER-1"), range) });
    expect(inRange.totalCount).toBe(1);
  });

  test("refuses a search that is not plain data before sending, naming what is wrong", async () => {
    const mock = await startMock();
    const client = clientFor(mock.url);
    const cyclic: Record<string, unknown> = { query: q.code("ORDER-1") };
    cyclic["sort"] = cyclic;
    await expect(client.searchTransactions(cyclic as never)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [expect.objectContaining({ path: "search.sort", rule: "cycle" })],
    });
    expect(mock.requests).toHaveLength(0);
  });

  test("refuses query values it cannot express", () => {
    expect(() => q.code("ORDER 1")).toThrow(expect.objectContaining({ code: "VALIDATION_FAILED" }));
  });
});
