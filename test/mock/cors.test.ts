import { describe, expect, it } from "vitest";
import * as bodies from "./helpers/bodies.js";
import { signedFetch } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

const PATH = "/pts/v2/payments";
const preflight = {
  method: "OPTIONS",
  headers: {
    origin: "http://127.0.0.1:9",
    "access-control-request-method": "POST",
    "access-control-request-headers": "authorization,content-type,v-c-merchant-id",
  },
};

describe("cors option", () => {
  it("sends no CORS headers and refuses preflights by default, like Cybersource", async () => {
    const mock = await startMock();
    const answer = await fetch(mock.url + PATH, preflight);
    expect(answer.status).toBe(405);
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    const response = await signedFetch(mock, PATH, bodies.authorization());
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a preflight with the method and headers asked for, and records nothing", async () => {
    const mock = await startMock({ cors: true });
    const answer = await fetch(mock.url + PATH, preflight);
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(answer.headers.get("access-control-allow-headers")).toBe(
      "authorization,content-type,v-c-merchant-id",
    );
    expect(mock.authorizations).toEqual([]);
  });

  it("lets any origin read a response, its correlation id included", async () => {
    const mock = await startMock({ cors: true });
    const response = await signedFetch(mock, PATH, bodies.authorization());
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toBe("v-c-correlation-id");
    expect(response.headers.get("v-c-correlation-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(mock.authorizations).toHaveLength(1);
  });
});
