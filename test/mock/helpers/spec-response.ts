// Asserts that a response of the mock is what spec/openapi.yaml promises for that operation and
// status: the media type, the body schema, and a v-c-correlation-id header.
import { expect } from "vitest";
import { loadSpec, resolveRef, schemaValidator, type MediaType } from "../../spec/load-spec.js";

const spec = loadSpec();
const validatorFor = schemaValidator(spec);

const TEMPLATES: readonly (readonly [string, RegExp])[] = [
  ["/pts/v2/payments", /^\/pts\/v2\/payments\/?$/],
  ["/pts/v2/payments/{id}/captures", /^\/pts\/v2\/payments\/\d+\/captures\/?$/],
  ["/pts/v2/payments/{id}/reversals", /^\/pts\/v2\/payments\/\d+\/reversals\/?$/],
  ["/pts/v2/reversals", /^\/pts\/v2\/reversals\/?$/],
  ["/pts/v2/voids", /^\/pts\/v2\/voids\/?$/],
  ["/pts/v2/captures/{id}/voids", /^\/pts\/v2\/captures\/\d+\/voids\/?$/],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A response of the mock, its body parsed. */
export interface MockResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON; loosely typed because tests read fields of many response shapes. */
  readonly body: any;
}

/** The name of the spec schema for `method path` answered with `status`, and its media type. */
export function specSchema(
  method: string,
  path: string,
  status: number,
): { schema: string; mediaType: string } | undefined {
  const template = TEMPLATES.find(([, pattern]) => pattern.test(path))?.[0];
  const operation =
    template === undefined ? undefined : spec.paths[template]?.[method.toLowerCase()];
  const response = operation?.responses[String(status)];
  if (response === undefined) return undefined;
  const content: Record<string, MediaType> | undefined =
    response.$ref === undefined
      ? response.content
      : resolveRef<{ content: Record<string, MediaType> }>(spec, response.$ref).content;
  const [entry] = Object.entries(content ?? {});
  if (entry === undefined) return undefined;
  return { schema: entry[1].schema.$ref.split("/").pop()!, mediaType: entry[0] };
}

/**
 * Reads `response` and asserts it against the spec. Statuses the spec does not list for the
 * path (404, 405, 413) must still be JSON `{status, message}` with a correlation id.
 */
export async function checkedResponse(
  method: string,
  path: string,
  response: Response,
): Promise<MockResponse> {
  expect(response.headers.get("v-c-correlation-id")).toMatch(UUID);
  const body: unknown = JSON.parse(await response.text());
  const expected = specSchema(method, path, response.status);
  const contentType = response.headers.get("content-type") ?? "";
  if (expected === undefined) {
    expect([404, 405, 413], `${method} ${path} ${response.status} is not in the spec`).toContain(
      response.status,
    );
    expect(contentType).toBe("application/json;charset=utf-8");
    expect(body).toEqual({ status: expect.any(String), message: expect.any(String) });
  } else {
    expect(contentType).toBe(`${expected.mediaType};charset=utf-8`);
    const validate = validatorFor(expected.schema);
    expect(validate(body), `${expected.schema}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
  return { status: response.status, headers: response.headers, body };
}
