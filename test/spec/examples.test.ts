import { describe, expect, test } from "vitest";
import { loadSpec, resolveRef, schemaValidator, type MediaType } from "./load-spec.js";

const spec = loadSpec();
const validator = schemaValidator(spec);

interface ExampleUse {
  where: string;
  schema: string;
  example: string;
}

/** Every (schema, example) pair shown in the spec, found by walking the operations. */
function exampleUses(): ExampleUse[] {
  const uses: ExampleUse[] = [];
  const collect = (where: string, content: Record<string, MediaType> | undefined) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      for (const [name, ref] of Object.entries(media.examples ?? {})) {
        uses.push({
          where: `${where} ${mediaType} ${name}`,
          schema: media.schema.$ref.replace("#/components/schemas/", ""),
          example: ref.$ref.replace("#/components/examples/", ""),
        });
      }
    }
  };
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      collect(`${method.toUpperCase()} ${path} request`, operation.requestBody?.content);
      for (const [status, response] of Object.entries(operation.responses)) {
        const resolved = response.$ref
          ? resolveRef<{ content: Record<string, MediaType> }>(spec, response.$ref)
          : response;
        collect(`${method.toUpperCase()} ${path} ${status}`, resolved.content);
      }
    }
  }
  return uses;
}

const uses = exampleUses();

describe("spec examples", () => {
  for (const { where, schema, example } of uses) {
    test(`${where} (${example}) validates against ${schema}`, () => {
      const validate = validator(schema);
      const value = spec.components.examples[example]?.value;
      expect(value).toBeDefined();
      const valid = validate(value);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  test("every named example is shown with some operation", () => {
    const shown = new Set(uses.map((use) => use.example));
    expect(Object.keys(spec.components.examples).filter((name) => !shown.has(name))).toEqual([]);
  });

  test("every POST shows a request example and examples for 201, 400, 401 and 502; the GET for 200, 400, 401 and 502", () => {
    const byOperation = new Map<string, Set<string>>();
    for (const use of uses) {
      const [method, path, part] = use.where.split(" ");
      const key = `${method} ${path}`;
      byOperation.set(key, (byOperation.get(key) ?? new Set()).add(part ?? ""));
    }
    expect(byOperation.size).toBe(16);
    for (const [key, parts] of byOperation) {
      const expected = key.startsWith("GET ")
        ? ["200", "400", "401", "502"]
        : ["201", "400", "401", "502", "request"];
      expect([...parts].sort(), key).toEqual(expected);
    }
  });

  test("the schema validator rejects what the schemas forbid", () => {
    const validate = validator("JpoAuthorizationRequest");
    const example = structuredClone(spec.components.examples.InstallmentAuthorization?.value) as {
      paymentInformation: { card: { number: string } };
    };
    example.paymentInformation.card.number = "4111 1111 1111 1111";
    expect(validate(example)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(
      "/paymentInformation/card/number",
    );
  });
});
