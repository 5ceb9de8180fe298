import * as compiled from "../../generated/request-validators.js";

/** The spec's request schemas the mock validates against. */
export type RequestSchemaName =
  | "JpoAuthorizationRequest"
  | "CaptureRequest"
  | "AuthorizationReversalRequest"
  | "TimeoutReversalRequest"
  | "TimeoutVoidRequest"
  | "CaptureContextRequest"
  | "RefundRequest"
  | "VoidRequest"
  | "TransactionSearchRequest"
  | "PayerAuthSetupRequest"
  | "CheckPayerAuthEnrollmentRequest"
  | "ValidateAuthenticationResultsRequest";

/** One field at fault, as Cybersource's `details[]` names it. */
export interface FieldProblem {
  /** Dotted path, e.g. `orderInformation.billTo.email` or `...bonuses[0].month`. */
  readonly field: string;
  readonly reason: "MISSING_FIELD" | "INVALID_DATA";
}

/** The part of an Ajv error the mock reads. */
interface ErrorObject {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: object;
  /** The schema the failed keyword belongs to (Ajv's `verbose`), with the spec's annotations. */
  readonly parentSchema?: object;
}

/** An Ajv validate function, as compiled by scripts/lib/validators.mjs into generated/. */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: readonly ErrorObject[] | null;
}

const validators = compiled as unknown as Record<RequestSchemaName, ValidateFunction>;

/** What the schema check found: fields Cybersource rejects, and what it would only ignore. */
export interface SchemaCheck {
  /** Fields at fault: the request is answered 400. */
  readonly problems: FieldProblem[];
  /** What Cybersource accepts but ignores or may not honour, in words, for `x-mock-notes`. */
  readonly notes: string[];
}

/**
/**
 * Validates `body` against the spec's schema `name`, with Ajv's validators compiled at generation
 * time. The `japanPaymentOptions` branch is chosen by `paymentMethod`, so a request gets the
 * errors of the option it asked for rather than those of all five. Cybersource ignores fields it
 * does not know, so an unknown field is a note, not a problem; so is a failed constraint the spec
 * marks as a warning (`x-severity`) or as enforced by the SDK only (`x-mock: note`).
 */
export function validateRequest(name: RequestSchemaName, body: unknown): SchemaCheck {
  const validate = validators[name];
  if (validate(body)) return { problems: [], notes: [] };
  const problems = new Map<string, FieldProblem>();
  const notes = new Set<string>();
  for (const error of validate.errors ?? []) {
    const note = noteFor(error);
    if (note !== undefined) {
      notes.add(note);
      continue;
    }
    const problem = toProblem(error, body);
    problems.set(`${problem.field} ${problem.reason}`, problem);
  }
  return { problems: [...problems.values()], notes: [...notes] };
}

/** The note for an error Cybersource would not answer with a 400, else `undefined`. */
function noteFor(error: ErrorObject): string | undefined {
  const at = dotted(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  if (error.keyword === "additionalProperties") {
    const name = String(params["additionalProperty"]);
    const field = at === "" ? name : `${at}.${name}`;
    return name === "firstBusinessMonth"
      ? `${field}: ignored (a misspelling of firstBillingMonth); Cybersource applies its default month`
      : `${field}: ignored (not a field of Cybersource's request)`;
  }
  if (schema["x-mock"] === "note" || schema["x-severity"] === "warning") {
    return `${at}: accepted, though it is not ${error.keyword === "enum" ? "a documented value" : "in the documented form"}`;
  }
  return undefined;
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
