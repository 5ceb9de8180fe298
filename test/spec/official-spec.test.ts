import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadSpec, resolveRef, type Schema } from "./load-spec.js";

// Checks our request schema against the payments part of Cybersource's own (2020) Swagger spec,
// kept as data in shared/reference beside the repository (CI keeps a copy of shared/ there too).
// Every field must exist there with the same type and no longer limit (a soft limit,
// x-warn-maxLength, counts), unless its x-source cites Cybersource's current spec (SPEC2026),
// which added fields, turned billTo.company into an object and raised several limits.

const extractUrl = new URL(
  "../../../shared/reference/official-spec-payments-extract.json",
  import.meta.url,
);
// Added to Cybersource's API after 2020 (cybersource-facts.md section 1, japan-merchant-needs.md
// section 2), so absent from the extract.
const newerThanExtract = new Set([
  "processingInformation.japanPaymentOptions.preapprovalType",
  "processingInformation.japanPaymentOptions.bonuses",
  "processingInformation.japanPaymentOptions.bonuses[].month",
  "processingInformation.japanPaymentOptions.bonuses[].amount",
  // Token sources and TOKEN_CREATE: in cybersource-rest-client 0.0.83's models
  // (Ptsv2paymentsTokenInformation, Ptsv2paymentsPaymentInformation*, Ptsv2paymentsProcessingInformation;
  // japan-merchant-needs.md section 2.2), not in the 2020 extract.
  "processingInformation.actionList",
  "processingInformation.actionList[]",
  "processingInformation.actionTokenTypes",
  "processingInformation.actionTokenTypes[]",
  "paymentInformation.customer.id",
  "paymentInformation.paymentInstrument.id",
  "paymentInformation.instrumentIdentifier.id",
  "paymentInformation.shippingAddress.id",
  "tokenInformation.transientTokenJwt",
  "tokenInformation.jti",
  "tokenInformation.networkTokenOption",
]);

const spec = loadSpec();

/** Every leaf field of our authorization request, across all payment methods. */
function ourFields(): Map<string, Schema> {
  const fields = new Map<string, Schema>();
  const walk = (schema: Schema, path: string) => {
    while (schema.$ref) schema = resolveRef<Schema>(spec, schema.$ref);
    if (schema.oneOf) {
      for (const variant of schema.oneOf) walk(variant, path);
    } else if (schema.type === "object") {
      for (const [name, child] of Object.entries(schema.properties ?? {})) {
        walk(child, path ? `${path}.${name}` : name);
      }
    } else if (schema.type === "array") {
      fields.set(path, schema);
      walk(schema.items as Schema, `${path}[]`);
    } else {
      const known = fields.get(path);
      // A field shared by several payment methods must be one schema (paymentMethod, the
      // discriminator, is the one field whose values differ by method).
      if (known && !path.endsWith(".paymentMethod")) expect(schema).toEqual(known);
      fields.set(path, schema);
    }
  };
  walk({ $ref: "#/components/schemas/JpoAuthorizationRequest" }, "");
  return fields;
}

function officialAt(root: Schema, path: string): Schema | undefined {
  let node: Schema | undefined = root;
  for (const part of path.split(".")) node = node?.properties?.[part];
  return node;
}

/** The longest value a string schema allows: its maxLength, or its longest enum value. */
function longest(schema: Schema | undefined): number | undefined {
  if (typeof schema?.maxLength === "number") return schema.maxLength;
  const values = schema?.enum as string[] | undefined;
  return values ? Math.max(...values.map((value) => value.length)) : undefined;
}

describe("our spec against Cybersource's official spec", () => {
  const official = JSON.parse(readFileSync(extractUrl, "utf8")) as {
    requestBodyParameter: { schema: Schema };
  };
  const fields = ourFields();

  for (const [path, ours] of fields) {
    if (newerThanExtract.has(path)) continue;
    test(`${path} exists there with the same type and limit, or cites the current spec`, () => {
      const theirs = officialAt(official.requestBodyParameter.schema, path);
      const limit = longest(theirs);
      const soft = (ours["x-warn-maxLength"] as number | undefined) ?? longest(ours);
      const beyond =
        theirs === undefined ||
        ours.type !== theirs.type ||
        (limit !== undefined && (soft ?? 0) > limit);
      if (beyond) expect(String(ours["x-source"]), path).toMatch(/SPEC2026/u);
      if (limit !== undefined && longest(ours) !== undefined && longest(ours)! > limit) {
        expect(String(ours["x-source"]), path).toMatch(/SPEC2026/u);
      }
    });
  }

  test("the post-2020 fields are really absent from the extract", () => {
    for (const path of newerThanExtract) {
      if (path.includes("[]")) continue;
      expect(officialAt(official.requestBodyParameter.schema, path)).toBeUndefined();
    }
  });
});
