import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { componentSchemas } from "../../generated/schemas.js";

/** The spec's request schemas the mock validates against. */
export type RequestSchemaName =
  | "JpoAuthorizationRequest"
  | "CaptureRequest"
  | "AuthorizationReversalRequest"
  | "TimeoutReversalRequest"
  | "CaptureContextRequest";

/** One field at fault, as Cybersource's `details[]` names it. */
export interface FieldProblem {
  /** Dotted path, e.g. `orderInformation.billTo.email` or `...bonuses[0].month`. */
  readonly field: string;
  readonly reason: "MISSING_FIELD" | "INVALID_DATA";
}

let validators: ((name: RequestSchemaName) => ValidateFunction) | undefined;

/**
 * Validates `body` against the spec's schema `name` and returns every field at fault (empty when
 * valid). The `japanPaymentOptions` branch is chosen by `paymentMethod`, so a request gets the
 * errors of the option it asked for rather than those of all five.
 */
export function validateRequest(name: RequestSchemaName, body: unknown): FieldProblem[] {
  validators ??= compileValidators();
  const validate = validators(name);
  if (validate(body)) return [];
  const problems = new Map<string, FieldProblem>();
  for (const error of validate.errors ?? []) {
    const problem = toProblem(error, body);
    problems.set(`${problem.field} ${problem.reason}`, problem);
  }
  return [...problems.values()];
}

function compileValidators(): (name: RequestSchemaName) => ValidateFunction {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    discriminator: true,
  });
  addFormats.default(ajv);
  ajv.addVocabulary(["components"]);
  ajv.addSchema({ $id: "spec", components: { schemas: withAjvDiscriminator() } });
  return (name) => {
    const validate = ajv.getSchema(`spec#/components/schemas/${name}`);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    return validate;
  };
}

/**
 * Ajv picks a `oneOf` branch by its `discriminator` when each branch fixes the property with
 * `enum`, as the spec's JPO shapes do, but it refuses the OpenAPI `mapping` (which repeats those
 * enums) and wants an explicit `type`. test/mock checks that the mapping and the enums agree.
 */
function withAjvDiscriminator(): Record<string, unknown> {
  const schemas = structuredClone(componentSchemas) as Record<string, Record<string, unknown>>;
  const options = schemas["JapanPaymentOptions"]!;
  const { propertyName } = options["discriminator"] as { propertyName: string };
  schemas["JapanPaymentOptions"] = { ...options, type: "object", discriminator: { propertyName } };
  return schemas;
}

function toProblem(error: ErrorObject, body: unknown): FieldProblem {
  const at = dotted(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const child = (name: unknown) => (at === "" ? String(name) : `${at}.${String(name)}`);
  switch (error.keyword) {
    case "required":
      return { field: child(params["missingProperty"]), reason: "MISSING_FIELD" };
    case "additionalProperties":
      return { field: child(params["additionalProperty"]), reason: "INVALID_DATA" };
    case "discriminator": {
      const tag = params["tag"];
      const present = hasProperty(valueAt(body, error.instancePath), String(tag));
      return { field: child(tag), reason: present ? "INVALID_DATA" : "MISSING_FIELD" };
    }
    default:
      return { field: at, reason: "INVALID_DATA" };
  }
}

/** `/a/b/0/c` → `a.b[0].c`. */
function dotted(pointer: string): string {
  let path = "";
  for (const raw of pointer.split("/").slice(1)) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    path += /^\d+$/.test(part) ? `[${part}]` : path === "" ? part : `.${part}`;
  }
  return path;
}

function valueAt(body: unknown, pointer: string): unknown {
  let node = body;
  for (const raw of pointer.split("/").slice(1)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

function hasProperty(value: unknown, name: string): boolean {
  return typeof value === "object" && value !== null && Object.hasOwn(value, name);
}
