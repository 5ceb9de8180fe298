import type { ValidationIssue } from "../errors.js";
import { isObject } from "../internal/json.js";
import type { Runtime } from "../transport/index.js";

/**
 * Fields the SDK does not describe yet, merged into one request's body after validation (for
 * example `riskInformation` or `installmentInformation`). They are
 * signed and redacted like the rest of the body, but not checked: each added field is reported
 * as a warning (`additional-field`), and one that would overwrite a described field is an error
 * (`additional-field-conflict`).
 */
export type AdditionalFields = { readonly [name: string]: unknown };

const source =
  "STYLE.md Fidelity: Cybersource ignores fields it does not know, so an unchecked field is reported";

/** `body` with `extra` merged in, and an issue for each field added or in conflict. */
export function mergeAdditional<T extends object>(
  body: T,
  extra: AdditionalFields | undefined,
): { readonly body: T; readonly issues: ValidationIssue[] } {
  if (extra === undefined) return { body, issues: [] };
  const issues: ValidationIssue[] = [];
  const merged = merge(body as Record<string, unknown>, extra, "", issues);
  return { body: merged as T, issues };
}

function merge(
  target: Record<string, unknown>,
  extra: AdditionalFields,
  path: string,
  issues: ValidationIssue[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [name, value] of Object.entries(extra)) {
    const at = path === "" ? name : `${path}.${name}`;
    const existing = out[name];
    if (existing === undefined) {
      out[name] = structuredClone(value);
      for (const leaf of leaves(value, at)) {
        const message = "is sent as given in additionalFields, unchecked by the SDK.";
        issues.push({ path: leaf, rule: "additional-field", message, severity: "warning", source });
      }
    } else if (plain(existing) && plain(value)) {
      out[name] = merge(existing, value, at, issues);
    } else {
      const message =
        "is already in the request: additionalFields may add fields, not replace them.";
      issues.push({
        path: at,
        rule: "additional-field-conflict",
        message,
        severity: "error",
        source,
      });
    }
  }
  return out;
}

function leaves(value: unknown, path: string): string[] {
  if (!plain(value) || Object.keys(value).length === 0) return [path];
  return Object.entries(value).flatMap(([name, child]) => leaves(child, `${path}.${name}`));
}

function plain(value: unknown): value is Record<string, unknown> {
  return isObject(value) && !Array.isArray(value);
}

/**
 * `body` with the client's `partner` fields in `clientReferenceInformation.partner`, where the
 * request has none of its own (the same precedence as Cybersource's own SDK).
 */
export function withPartner<T extends object>(rt: Runtime, body: T): T {
  const partner = rt.partner;
  if (partner === undefined) return body;
  const record = body as { clientReferenceInformation?: Record<string, unknown> };
  const reference = record.clientReferenceInformation ?? {};
  const own = isObject(reference["partner"]) ? reference["partner"] : {};
  const merged = { ...partner, ...own };
  return {
    ...body,
    clientReferenceInformation: { ...reference, partner: merged },
  };
}
