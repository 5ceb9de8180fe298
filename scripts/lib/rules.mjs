// @ts-check
// Turns the request schemas of the spec into compact validation rules (generated/rules.ts), and
// every named string enum into a constant array. Only what validation needs is kept: types,
// lengths, patterns (with their human description), enums, required lists and closed objects.

/** The request bodies the facade validates; each is exported as e.g. `captureRequestRule`. */
const roots = [
  "JpoAuthorizationRequest",
  "CaptureRequest",
  "AuthorizationReversalRequest",
  "TimeoutReversalRequest",
  "CaptureContextRequest",
];

const ruleTypes = `
/** A validation rule derived from one schema of spec/openapi.yaml. */
export type FieldRule = StringRule | IntegerRule | BooleanRule | ArrayRule | ObjectRule | OneOfRule;

/** A string field. \`pattern\` is an ECMAScript regular expression for the \`u\` flag. */
export interface StringRule {
  readonly kind: "string";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /** What \`pattern\` allows, in words, for error messages. */
  readonly patternDescription?: string;
  readonly enum?: readonly string[];
  readonly format?: string;
}

/** An integer field. */
export interface IntegerRule {
  readonly kind: "integer";
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A boolean field. */
export interface BooleanRule {
  readonly kind: "boolean";
}

/** An array field. */
export interface ArrayRule {
  readonly kind: "array";
  readonly items: FieldRule;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** An object. A closed object (\`additionalProperties: false\`) allows only \`properties\`. */
export interface ObjectRule {
  readonly kind: "object";
  readonly properties: { readonly [name: string]: FieldRule };
  readonly required: readonly string[];
  readonly closed: boolean;
}

/** One of several object shapes, chosen by the value of the \`discriminator\` property. */
export interface OneOfRule {
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
      const exported = roots.includes(name) ? "export " : "";
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
    if (schema.oneOf) return oneOfRule(schema, where);
    switch (schema.type) {
      case "string":
        return literal({
          kind: "string",
          minLength: schema.minLength,
          maxLength: schema.maxLength,
          pattern: schema.pattern,
          patternDescription: patternDescription(schema, where),
          enum: schema.enum,
          format: schema.format,
        });
      case "integer":
        return literal({ kind: "integer", minimum: schema.minimum, maximum: schema.maximum });
      case "boolean":
        return literal({ kind: "boolean" });
      case "array":
        return `{ kind: "array", items: ${toRule(schema.items, `${where}[]`)}${optional(schema, ["minItems", "maxItems"])} }`;
      case "object":
        return objectRule(schema, where);
      default:
        throw new Error(`${where}: unsupported schema type ${JSON.stringify(schema.type)}`);
    }
  };

  /** @param {any} schema @param {string} where */
  const objectRule = (schema, where) => {
    const properties = Object.entries(schema.properties ?? {})
      .map(([key, value]) => `${JSON.stringify(key)}: ${toRule(value, `${where}.${key}`)}`)
      .join(", ");
    const closed = schema.additionalProperties === false;
    return `{ kind: "object", properties: { ${properties} }, required: ${JSON.stringify(schema.required ?? [])}, closed: ${closed} }`;
  };

  /** @param {any} schema @param {string} where */
  const oneOfRule = (schema, where) => {
    const discriminator = schema.discriminator;
    if (!discriminator?.mapping) throw new Error(`${where}: oneOf needs a discriminator mapping`);
    const mapping = Object.entries(discriminator.mapping)
      .map(([value, ref]) => `${JSON.stringify(value)}: ${componentOf(String(ref))}`)
      .join(", ");
    return `{ kind: "oneOf", discriminator: ${JSON.stringify(discriminator.propertyName)}, mapping: { ${mapping} } }`;
  };

  for (const name of roots) componentOf(`#/components/schemas/${name}`);
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
