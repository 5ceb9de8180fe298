import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MockConfigError, startMockCybersource } from "../../src/mock/index.js";
import * as bodies from "./helpers/bodies.js";
import { keyId, merchantId, sharedSecret } from "./helpers/credentials.js";
import { send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";
import { checkedResponse } from "./helpers/spec-response.js";

describe("the mock server", () => {
  it("listens on 127.0.0.1 and reports its URL", async () => {
    const mock = await startMock();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers an unknown path with 404 JSON and a correlation id", async () => {
    const mock = await startMock();
    const response = await checkedResponse(
      "GET",
      "/pts/v2/nothing",
      await fetch(`${mock.url}/pts/v2/nothing`),
    );
    expect(response.status).toBe(404);
  });

  it("answers another method on a known path with 405 and Allow: POST", async () => {
    const mock = await startMock();
    const response = await checkedResponse(
      "GET",
      "/pts/v2/payments",
      await fetch(`${mock.url}/pts/v2/payments`),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const mock = await startMock();
    const response = await send(
      mock,
      "/pts/v2/payments",
      JSON.stringify({ big: "x".repeat(1_100_000) }),
    );
    expect(response.status).toBe(413);
  });

  it("signs and routes the path with its query and a trailing slash", async () => {
    const mock = await startMock();
    expect((await send(mock, "/pts/v2/payments/?source=test", bodies.authorization())).status).toBe(
      201,
    );
  });

  it("sends a fresh correlation id with every response", async () => {
    const mock = await startMock();
    const ids = new Set<string | null>();
    for (let index = 0; index < 3; index += 1) {
      const response = await send(mock, "/pts/v2/payments", bodies.authorization());
      ids.add(response.headers.get("v-c-correlation-id"));
    }
    expect(ids.size).toBe(3);
  });

  it("closes keep-alive connections, and a second close() is harmless", async () => {
    const mock = await startMockCybersource({ merchantId, keyId, sharedSecret });
    await fetch(`${mock.url}/unknown`).then((response) => response.arrayBuffer());
    const started = performance.now();
    await mock.close();
    await mock.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(fetch(`${mock.url}/unknown`)).rejects.toThrow(TypeError);
  });

  it("logs one line per request only when asked, without card data", async () => {
    const lines: string[] = [];
    const mock = await startMock({ log: (line) => lines.push(line) });
    await send(mock, "/pts/v2/payments", bodies.authorization());
    expect(lines).toEqual(["POST /pts/v2/payments 201"]);
  });

  it.each([
    ["merchantId", { merchantId: "" }],
    ["keyId", { keyId: " " }],
    ["sharedSecret", { sharedSecret: "not base64!" }],
    ["host", { host: "0.0.0.0" }],
    ["port", { port: 70_000 }],
    ["slowResponseMs", { slowResponseMs: -1 }],
    ["jwt.certificate", { jwt: { certificate: "not a certificate" } }],
  ])("refuses an unusable %s with MockConfigError", async (option, override) => {
    const start = startMockCybersource({ merchantId, keyId, sharedSecret, ...override });
    await expect(start).rejects.toBeInstanceOf(MockConfigError);
    await expect(start).rejects.toMatchObject({ code: "MOCK_CONFIG_INVALID", option });
  });

  it("rejects when the port is taken", async () => {
    const mock = await startMock();
    const port = Number(new URL(mock.url).port);
    await expect(
      startMockCybersource({ merchantId, keyId, sharedSecret, port }),
    ).rejects.toMatchObject({
      code: "EADDRINUSE",
    });
  });
});

describe("module boundary", () => {
  it("the SDK's source never imports the mock (only the Node-only CLI may)", () => {
    const sdkFiles = readdirSync(new URL("../../src", import.meta.url), {
      recursive: true,
      encoding: "utf8",
    }).filter(
      (file) => file.endsWith(".ts") && !file.startsWith("mock") && !file.startsWith("cli"),
    );
    for (const file of sdkFiles) {
      const text = readFileSync(new URL(`../../src/${file}`, import.meta.url), "utf8");
      expect(text, file).not.toMatch(/from\s+["'][^"']*\/mock(\/|["'])/);
    }
  });
});
