// The mock's settlement: mock.settle() in process and POST /mock/settle for tests in another
// process; after it a void is refused (NOT_VOIDABLE) and a refund is the way back.
import { expect, test } from "vitest";
import { installmentRequest } from "../support/requests.js";
import { clientFor, startMock } from "../reliability/support.js";

test("POST /mock/settle settles pending captures and is journaled", async () => {
  const mock = await startMock();
  const client = clientFor(mock.url);
  const result = await client.authorize(installmentRequest());
  if (result.status !== "AUTHORIZED") throw new Error(result.status);
  const capture = await result.capture();
  expect(mock.captures[0]!.state).toBe("PENDING");
  const answer = await fetch(`${mock.url}/mock/settle`, { method: "POST" });
  expect(answer.status).toBe(200);
  expect(await answer.json()).toEqual({ captures: 1, refunds: 0 });
  expect(mock.captures[0]!.state).toBe("SETTLED");
  expect(mock.requests.at(-1)).toMatchObject({ operation: "settle", status: 200 });
  await expect(capture.void()).rejects.toMatchObject({ reason: "NOT_VOIDABLE" });
  expect((await capture.refund()).status).toBe("PENDING");
});

test("GET /mock/settle is refused with 405", async () => {
  const mock = await startMock();
  const answer = await fetch(`${mock.url}/mock/settle`);
  expect(answer.status).toBe(405);
});

test("online capture is settled at once: its void is NOT_VOIDABLE", async () => {
  const mock = await startMock({ onlineCapture: true });
  const result = await clientFor(mock.url).authorize(installmentRequest());
  if (result.status !== "AUTHORIZED") throw new Error(result.status);
  const capture = await result.capture();
  expect(capture.status).toBe("TRANSMITTED");
  await expect(capture.void()).rejects.toMatchObject({ reason: "NOT_VOIDABLE" });
});

test("reversing after a capture is refused (TRANSACTION_ALREADY_SETTLED); capturing twice too", async () => {
  const mock = await startMock();
  const result = await clientFor(mock.url).authorize(installmentRequest());
  if (result.status !== "AUTHORIZED") throw new Error(result.status);
  await result.capture();
  await expect(result.reverse()).rejects.toMatchObject({ reason: "TRANSACTION_ALREADY_SETTLED" });
  await expect(result.capture()).rejects.toMatchObject({ reason: "TRANSACTION_ALREADY_SETTLED" });
});

test("capturing more than authorized is refused with EXCEEDS_AUTH_AMOUNT", async () => {
  const mock = await startMock();
  const result = await clientFor(mock.url).authorize(installmentRequest());
  if (result.status !== "AUTHORIZED") throw new Error(result.status);
  await expect(result.capture({ amount: "120001" })).rejects.toMatchObject({
    reason: "EXCEEDS_AUTH_AMOUNT",
  });
});
