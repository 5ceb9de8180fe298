// @ts-check
// The mock server's request validators, compiled by Ajv at generation time into standalone code
// (generated/request-validators.ts), so that a production install of the SDK needs neither ajv nor
// ajv-formats: only `cybersource-jpo/mock` validates against JSON Schema, and it now runs the
// compiled functions. The options are the ones the mock used to compile with at run time.
import { createRequire } from "node:module";
import { requestSchemaNames } from "./request-schemas.mjs";
import { componentSchemasOf } from "./schemas.mjs";

// Ajv is CommonJS; require() reads it the same way under node and under vitest.
const require = createRequire(import.meta.url);
const { Ajv2020 } = require("ajv/dist/2020.js");
const addFormats = require("ajv-formats").default;
const standaloneCode = require("ajv/dist/standalone/index.js").default;
const ucs2length = require("ajv/dist/runtime/ucs2length.js").default;
const ajvVersion = require("ajv/package.json").version;

/**
 * Ajv picks a `oneOf` branch by its `discriminator` when each branch fixes the property with
 * `enum`, as the spec's JPO shapes do, but it refuses the OpenAPI `mapping` (which repeats those
 * enums) and wants an explicit `type`. test/mock checks that the mapping and the enums agree.
 * @param {Record<string, any>} schemas
 */
function withAjvDiscriminator(schemas) {
  const options = schemas["JapanPaymentOptions"];
  const { propertyName } = options.discriminator;
  return {
    ...schemas,
    JapanPaymentOptions: { ...options, type: "object", discriminator: { propertyName } },
  };
}

/** @param {any} spec @returns {string} TypeScript source (unformatted) */
export function buildValidators(spec) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    discriminator: true,
    // Errors carry their schema, so the mock can read the spec's fidelity annotations back.
    verbose: true,
    code: { source: true, esm: true },
  });
  addFormats(ajv);
  // The spec's email `pattern` is the one definition of an address, shared with the SDK's
  // validator; ajv-formats' own email format must not add a second one.
  ajv.addFormat("email", true);
  for (const keyword of ["x-severity", "x-mock", "x-warn-maxLength"]) ajv.addKeyword({ keyword });
  ajv.addVocabulary(["components"]);
  ajv.addSchema({
    $id: "spec",
    components: { schemas: withAjvDiscriminator(componentSchemasOf(spec)) },
  });
  const refs = Object.fromEntries(
    requestSchemaNames.map((name) => [name, `spec#/components/schemas/${name}`]),
  );
  // Ajv's standalone code still requires its string-length helper (string length in code points,
  // as JSON Schema counts it); inline that one function so the output imports nothing.
  const helper = 'require("ajv/dist/runtime/ucs2length").default';
  const code = standaloneCode(ajv, refs).replace('"use strict";', "");
  if (/require\(/.test(code.replaceAll(helper, ""))) {
    throw new Error("Ajv's standalone code requires a module other than ucs2length");
  }
  return `// @ts-nocheck
// Ajv ${ajvVersion}'s standalone validators of the spec's request schemas; typed in src/mock/request-schema.ts.
${code.replaceAll(helper, "ucs2length")}
${ucs2length.toString()}
`;
}
