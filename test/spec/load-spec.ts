import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { bundleSpec } from "../../scripts/lib/bundle.mjs";

/** The spec (spec/openapi.yaml and its parts), bundled into one document. */
export interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Schema>;
    examples: Record<string, { summary: string; value: unknown }>;
    responses: Record<string, { content: Record<string, MediaType> }>;
  };
}
export interface Operation {
  operationId: string;
  "x-codeSamples"?: { lang: string; label: string; source: string }[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { $ref?: string; content?: Record<string, MediaType> }>;
}
export interface MediaType {
  schema: { $ref: string };
  examples?: Record<string, { $ref: string }>;
}
export type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  $ref?: string;
};

let bundled: Spec | undefined;

/** The bundled spec; bundled once per test file, each caller gets its own copy. */
export function loadSpec(): Spec {
  bundled ??= bundleSpec() as Spec;
  return structuredClone(bundled);
}

/**
 * A JSON Schema 2020-12 validator for the spec's component schemas, with the OpenAPI keywords that
 * are annotations only (`discriminator`, our `x-pattern-description` and `x-source`) declared as such.
 */
export function schemaValidator(spec: Spec): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  ajv.addVocabulary(["discriminator", "x-pattern-description", "x-source", "components"]);
  ajv.addSchema({ $id: "spec", components: spec.components }, "spec");
  return (name) => {
    const validate = ajv.getSchema(`spec#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate;
  };
}

/** Resolves a local `#/components/...` reference. */
export function resolveRef<T>(spec: Spec, ref: string): T {
  let node: unknown = spec;
  for (const part of ref.replace(/^#\//, "").split("/")) {
    node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (node === undefined) throw new Error(`unresolved ${ref}`);
  }
  return node as T;
}
