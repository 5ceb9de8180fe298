// Cybersource's own published JPO request bodies (test/fixtures/cybersource-examples/, each with
// its source): the mock accepts each as Cybersource did, with notes for what Cybersource ignores or
// truncates, and the validator names the errors and warnings the SDK reports for each.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { authorizationReversalRequestRule } from "../../generated/rules.js";
import { checkRule } from "../../src/rules/index.js";
import { validateJpoAuthorization } from "../../src/rules/jpo-rules.js";
import * as bodies from "./helpers/bodies.js";
import { send } from "./helpers/send.js";
import { startMock } from "./helpers/server.js";

interface Fixture {
  readonly source: string;
  readonly operation: "authorize" | "reverse";
  readonly body: Record<string, unknown>;
  readonly validator: readonly { severity: string; path: string; rule: string }[];
  readonly mock: { readonly status: number; readonly notes: readonly string[] };
}

const folder = new URL("../fixtures/cybersource-examples/", import.meta.url);
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .map(
    (name) => [name, JSON.parse(readFileSync(new URL(name, folder), "utf8")) as Fixture] as const,
  );

describe.each(fixtures)("Cybersource's published example %s", (_, fixture) => {
  test("names its source", () => {
    expect(fixture.source).toMatch(/cybersource/iu);
  });

  test("is accepted by the mock, with notes for what Cybersource ignores or truncates", async () => {
    const mock = await startMock();
    let path = "/pts/v2/payments";
    if (fixture.operation === "reverse") {
      const { body } = await send(mock, path, bodies.authorization("100"));
      path = `/pts/v2/payments/${String(body.id)}/reversals`;
    }
    const response = await send(mock, path, fixture.body);
    expect(response.status).toBe(fixture.mock.status);
    const record = mock.requests.at(-1);
    expect([...(record?.notes ?? [])].sort()).toEqual([...fixture.mock.notes].sort());
  });

  test("gets the validator's named errors and warnings", () => {
    const issues =
      fixture.operation === "authorize"
        ? validateJpoAuthorization(fixture.body, { now: () => new Date("2026-11-25T03:00:00Z") })
        : checkRule(fixture.body, authorizationReversalRequestRule);
    expect(issues.map(({ severity, path, rule }) => ({ severity, path, rule }))).toEqual(
      fixture.validator,
    );
  });
});
