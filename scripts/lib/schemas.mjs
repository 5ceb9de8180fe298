// @ts-check
// The spec's component schemas as plain JSON Schema 2020-12 (generated/schemas.ts), for validators
// such as the mock server's. Documentation keywords are dropped; `$ref`s keep their
// `#/components/schemas/...` form, so a validator registers the object under `components`.

const documentation = new Set([
  "description",
  "examples",
  "title",
  "x-pattern-description",
  "x-source",
]);

/** @param {unknown} node @returns {unknown} */
function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !documentation.has(key))
      .map(([key, value]) => [key, key === "properties" ? stripProperties(value) : strip(value)]),
  );
}

/** Property names are data, not keywords: keep them all. @param {Record<string, unknown>} properties */
function stripProperties(properties) {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, strip(value)]),
  );
}

/** @param {any} spec @returns {string} TypeScript source (unformatted) */
export function buildSchemas(spec) {
  return `/** A JSON Schema 2020-12 object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * The component schemas of spec/openapi.yaml without their documentation. References have the form
 * \`#/components/schemas/Name\`: register \`{ components: { schemas: componentSchemas } }\` as one
 * document with the validator.
 */
export const componentSchemas: { readonly [name: string]: JsonSchema } = ${JSON.stringify(strip(spec.components.schemas))};
`;
}
