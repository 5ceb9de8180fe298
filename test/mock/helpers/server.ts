// Starts a mock per test with the shared credentials and frozen clock, and closes it afterwards.
import { afterEach } from "vitest";
import {
  startMockCybersource,
  type MockCybersource,
  type MockCybersourceOptions,
} from "../../../src/mock/index.js";
import { keyId, merchantId, NOW, sharedSecret } from "./credentials.js";

const running = new Set<MockCybersource>();

afterEach(async () => {
  await Promise.all([...running].map((mock) => mock.close()));
  running.clear();
});

/** A mock with the test credentials and clock; closed after the current test. */
export async function startMock(
  options: Partial<MockCybersourceOptions> = {},
): Promise<MockCybersource> {
  const mock = await startMockCybersource({
    merchantId,
    keyId,
    sharedSecret,
    now: () => NOW,
    ...options,
  });
  running.add(mock);
  return mock;
}
