// @ts-check
// Turns the request schemas of the spec into compact validation rules (generated/rules.ts), and
// every named string enum into a constant array. Only what validation needs is kept: types,
// lengths, patterns (with their human description), enums, required lists, closed objects, and
// the fidelity extensions: `x-source` (where a rule comes from; required on every schema that
// constrains anything), `x-severity: warning` (a pattern or enum that only warns),
// `x-warn-maxLength` (a soft limit below the hard one) and `x-recommended` (fields whose absence
// is a warning, because some Cybersource source calls them required).
import { requestSchemaNames } from "./request-schemas.mjs";

const ruleTypes = `
/** A validation rule derived from one schema of spec/openapi.yaml. */
export type FieldRule = StringRule | IntegerRule | BooleanRule | ArrayRule | ObjectRule | OneOfRule;

/** What every rule carries: where it comes from. */
export interface RuleSource {
  /** The Cybersource document, spec pointer, example or SDK model the constraints come from. */
  readonly source?: string;
}

/** A field whose absence is a warning, because some Cybersource source calls it required. */
export interface Recommendation {
  /** Dotted path below the object, e.g. \`installments\` or \`clientReferenceInformation.code\`. */
  readonly field: string;
  /** The source that calls it required. */
  readonly source: string;
}

/** A string field. \`pattern\` is an ECMAScript regular expression for the \`u\` flag. */
export interface StringRule extends RuleSource {
  readonly kind: "string";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** What \`pattern\` allows, in words, for error messages. */
  readonly patternDescription?: string;
  readonly enum?: readonly string[];
  readonly format?: string;
  /** \`warning\` when a failed \`pattern\` or \`enum\` only warns (the sources disagree). */
  readonly severity?: "warning";
  /** Longer than this (but within \`maxLength\`) is a warning. */
  readonly warnMaxLength?: number;
}

/** An integer field. */
export interface IntegerRule extends RuleSource {
  readonly kind: "integer";
  readonly minimum?: number;
  readonly maximum?: number;
  /** Also a string of ASCII digits (\`type: [integer, string]\`), as Cybersource's examples send it. */
  readonly digitString?: true;
}

/** A boolean field. */
export interface BooleanRule extends RuleSource {
  readonly kind: "boolean";
}

/** An array field. */
export interface ArrayRule extends RuleSource {
  readonly kind: "array";
  readonly items: FieldRule;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** An object. A closed object (\`additionalProperties: false\`) allows only \`properties\`. */
export interface ObjectRule extends RuleSource {
  readonly kind: "object";
  readonly properties: { readonly [name: string]: FieldRule };
  readonly required: readonly string[];
  readonly closed: boolean;
  /** Fields whose absence is a warning. */
  readonly recommended?: readonly Recommendation[];
}

/** One of several object shapes, chosen by the value of the \`discriminator\` property. */
export interface OneOfRule extends RuleSource {
  readonly kind: "oneOf";
  readonly discriminator: string;
  readonly mapping: { readonly [value: string]: FieldRule };
}
`;

/**
 * @param {any} spec the parsed OpenAPI document
 * @returns {string} TypeScript source (unformatted)
 */
export function buildRules(spec) {
  const schemas = spec.components.schemas;
  /** @type {Map<string, string>} component name -> emitted declaration */
  const emitted = new Map();
  const identifier = (/** @type {string} */ name) => name[0].toLowerCase() + name.slice(1) + "Rule";

  /** @param {string} ref */
  const componentOf = (ref) => {
    const name = ref.replace("#/components/schemas/", "");
    if (!(name in schemas)) throw new Error(`unresolved $ref ${ref}`);
    if (!emitted.has(name)) {
      emitted.set(name, ""); // reserve the slot so that dependencies come first
      const schema = schemas[name];
      const body = toRule(schema, name);
      const type = schema.oneOf
        ? "OneOfRule"
        : schema.type === "object"
          ? "ObjectRule"
          : "FieldRule";
      const doc = `/** Rules of \`${name}\`: ${String(schema.description).split("\n")[0]} */\n`;
      const exported = requestSchemaNames.includes(name) ? "export " : "";
      emitted.delete(name);
      emitted.set(name, `${doc}${exported}const ${identifier(name)}: ${type} = ${body};`);
    }
    return identifier(name);
  };

  /**
   * @param {any} schema
   * @param {string} where a path in the spec, for error messages
   * @returns {string}
   */
  const toRule = (schema, where) => {
    if (schema.$ref) return componentOf(schema.$ref);
    const source = sourceOf(schema, where);
    if (schema.oneOf) return oneOfRule(schema, where, source);
    // An integer Cybersource's own examples send as a string of digits.
    const digitString =
      Array.isArray(schema.type) && schema.type.join() === "integer,string" ? true : undefined;
    switch (digitString ? "integer" : schema.type) {
      case "string":
        return literal({
          kind: "string",
          minLength: schema.minLength,
          maxLength: schema.maxLength,
          pattern: schema.pattern,
          patternDescription: patternDescription(schema, where),
          enum: schema.enum,
          format: schema.format,
          severity: severityOf(schema, where),
          warnMaxLength: schema["x-warn-maxLength"],
          source,
        });
      case "integer":
        return literal({
          kind: "integer",
          minimum: schema.minimum,
          maximum: schema.maximum,
          digitString,
          source,
        });
      case "boolean":
        return literal({ kind: "boolean", source });
      case "array":
        return `{ kind: "array", items: ${toRule(schema.items, `${where}[]`)}${optional(schema, ["minItems", "maxItems"])}${sourceField(source)} }`;
      case "object":
        return objectRule(schema, where, source);
      default:
        throw new Error(`${where}: unsupported schema type ${JSON.stringify(schema.type)}`);
    }
  };

  /** @param {any} schema @param {string} where @param {string | undefined} source */
  const objectRule = (schema, where, source) => {
    const properties = Object.entries(schema.properties ?? {})
      .map(([key, value]) => `${JSON.stringify(key)}: ${toRule(value, `${where}.${key}`)}`)
      .join(", ");
    const closed = schema.additionalProperties === false;
    const recommended = schema["x-recommended"];
    const extra = [
      recommended === undefined ? "" : `, recommended: ${JSON.stringify(recommended)}`,
      sourceField(source),
    ].join("");
    return `{ kind: "object", properties: { ${properties} }, required: ${JSON.stringify(schema.required ?? [])}, closed: ${closed}${extra} }`;
  };

  /** @param {any} schema @param {string} where @param {string | undefined} source */
  const oneOfRule = (schema, where, source) => {
    const discriminator = schema.discriminator;
    if (!discriminator?.mapping) throw new Error(`${where}: oneOf needs a discriminator mapping`);
    const mapping = Object.entries(discriminator.mapping)
      .map(([value, ref]) => `${JSON.stringify(value)}: ${componentOf(String(ref))}`)
      .join(", ");
    return `{ kind: "oneOf", discriminator: ${JSON.stringify(discriminator.propertyName)}, mapping: { ${mapping} }${sourceField(source)} }`;
  };

  for (const name of requestSchemaNames) componentOf(`#/components/schemas/${name}`);
  return [ruleTypes, ...emitted.values(), enumConstants(schemas)].join("\n\n");
}

/** Every named string enum of the spec, as a constant array (e.g. `paymentMethodCodeValues`). */
function enumConstants(/** @type {Record<string, any>} */ schemas) {
  return Object.entries(schemas)
    .filter(([, schema]) => schema.type === "string" && Array.isArray(schema.enum))
    .map(([name, schema]) => {
      const id = name[0].toLowerCase() + name.slice(1) + "Values";
      const summary = String(schema.description).split("\n")[0];
      return `/** Values of \`${name}\`. ${summary} */\nexport const ${id} = ${JSON.stringify(schema.enum)} as const;`;
    })
    .join("\n\n");
}

/** The `, source: "..."` of a rule literal written by hand; nothing without a source. */
function sourceField(/** @type {string | undefined} */ source) {
  return source === undefined ? "" : `, source: ${JSON.stringify(source)}`;
}

/** Keywords that constrain a value: a schema with any of them must name its source. */
const constraints = [
  "minLength",
  "maxLength",
  "pattern",
  "enum",
  "minimum",
  "maximum",
  "format",
  "minItems",
  "maxItems",
  "required",
  "oneOf",
];

/**
 * The schema's \`x-source\`; a schema that constrains anything without one is an error, since a
 * rule without a source is a bug (STYLE.md, Fidelity).
 * @param {any} schema @param {string} where
 */
function sourceOf(schema, where) {
  const source = schema["x-source"];
  const constrained =
    constraints.some((key) => schema[key] !== undefined) || schema.additionalProperties === false;
  if (constrained && (typeof source !== "string" || source.trim() === "")) {
    throw new Error(`${where}: a schema with constraints needs x-source`);
  }
  for (const item of schema["x-recommended"] ?? []) {
    if (typeof item?.field !== "string" || typeof item?.source !== "string") {
      throw new Error(`${where}: x-recommended items need a field and a source`);
    }
  }
  return source;
}

/** @param {any} schema @param {string} where */
function severityOf(schema, where) {
  const severity = schema["x-severity"];
  if (severity === undefined) return undefined;
  if (severity !== "warning") throw new Error(`${where}: x-severity must be "warning"`);
  return severity;
}

/** @param {any} schema @param {string} where */
function patternDescription(schema, where) {
  if (schema.pattern === undefined) return undefined;
  const text = schema["x-pattern-description"];
  if (typeof text !== "string") throw new Error(`${where}: a pattern needs x-pattern-description`);
  return text;
}

/** @param {Record<string, unknown>} fields */
function literal(fields) {
  const defined = Object.entries(fields).filter(([, value]) => value !== undefined);
  return `{ ${defined.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(", ")} }`;
}

/** @param {any} schema @param {string[]} keys */
function optional(schema, keys) {
  return keys
    .filter((key) => schema[key] !== undefined)
    .map((key) => `, ${key}: ${JSON.stringify(schema[key])}`)
    .join("");
}
