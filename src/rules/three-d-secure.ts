import type { ValidationIssue } from "../errors.js";
import { dig, text } from "../internal/json.js";
import { error, warning } from "./business-rules.js";

// EMV 3-D Secure (Visa Secure) on Visa Platform Connect: the pass-through values must agree with
// the commerce indicator, and the combined flow's actions with what they need. Only the CAVV of a
// successful authentication is certainly required (an error); the ECI that goes with each
// indicator, and what the sources leave open, are warnings.

const cai = "consumerAuthenticationInformation";
const indicatorPath = "processingInformation.commerceIndicator";
/** VPC "Required Fields for Processing an Authorization Using Visa Secure" (REST). */
const visaSecure =
  "https://developer.cybersource.com/docs/cybs/en-us/payments/developer/ctv/rest/payments/payments-processing-pa-process-intro/payments-processing-pa-visa-intro/payments-processing-pa-visa-reqfields.html";
const passThrough = ["cavv", "xid", "eciRaw", "directoryServerTransactionId"];

/** The ECI Visa Secure pairs with each commerce indicator. */
const eciOf: Readonly<Record<string, string>> = {
  vbv: "05",
  vbv_attempted: "06",
  vbv_failure: "07",
  internet: "07",
};

/** Visa Secure values consistent with the commerce indicator; combined-flow actions complete. */
export function threeDSecureRules(request: unknown): ValidationIssue[] {
  const actions = dig(request, "processingInformation", "actionList");
  const list = Array.isArray(actions) ? actions : [];
  const combined =
    list.includes("CONSUMER_AUTHENTICATION") || list.includes("VALIDATE_CONSUMER_AUTHENTICATION");
  return [
    ...(combined ? combinedFlow(request, list) : passThroughRules(request)),
    ...specificationVersion(request),
  ];
}

function passThroughRules(request: unknown): ValidationIssue[] {
  const indicator = text(dig(request, "processingInformation", "commerceIndicator"));
  if (indicator !== undefined) {
    return [
      ...cavvRules(indicator, text(dig(request, cai, "cavv"))),
      ...eciRule(request, indicator),
    ];
  }
  const sent = passThrough.filter((field) => dig(request, cai, field) !== undefined);
  if (sent.length === 0) return [];
  const message = `is missing while ${cai}.${sent[0]} is sent: set vbv, vbv_attempted, vbv_failure or internet to match the authentication.`;
  const source = `SPEC2026 #/paths/~1pts~1v2~1payments/post/parameters/0/schema/properties/processingInformation/properties/commerceIndicator ('Required payer authentication transactions'); ${visaSecure}`;
  return [warning(indicatorPath, "3ds-commerce-indicator", message, source)];
}

/** The CAVV: required after success, expected after an attempt, unexpected after a failure. */
function cavvRules(indicator: string, cavv: string | undefined): ValidationIssue[] {
  const path = `${cai}.cavv`;
  if (indicator === "vbv" && cavv === undefined) {
    const message =
      "is required with commerceIndicator vbv: Visa Secure needs the CAVV of a successful authentication.";
    const source = `${visaSecure} ('cavv — This field is required when payer authentication is successful')`;
    return [error(path, "3ds-cavv-required", message, source)];
  }
  if (indicator === "vbv_attempted" && cavv === undefined) {
    const message =
      "is missing with commerceIndicator vbv_attempted: an attempted authentication returns a CAVV; send it.";
    const source = `${visaSecure} (not required there); Payer Authentication test case 2.3 (attempts processing returns a CAVV)`;
    return [warning(path, "3ds-cavv-attempted", message, source)];
  }
  if ((indicator === "internet" || indicator === "vbv_failure") && cavv !== undefined) {
    const message = `is sent with commerceIndicator ${indicator}, which means authentication failed or was not attempted (ECI 07): check the indicator.`;
    const source = `${visaSecure} ('vbv_failure or internet: Authentication failed or was not attempted'); no source forbids a CAVV there`;
    return [warning(path, "3ds-cavv-unexpected", message, source)];
  }
  return [];
}

/** The raw ECI that goes with the indicator: a warning, since issuers' values are not verified. */
function eciRule(request: unknown, indicator: string): ValidationIssue[] {
  const eci = text(dig(request, cai, "eciRaw"));
  const expected = eciOf[indicator];
  if (eci === undefined || expected === undefined || eci === expected) return [];
  const message = `is ${eci}, but commerceIndicator ${indicator} goes with ECI ${expected} on Visa Secure.`;
  const source = `${visaSecure} (vbv 05, vbv_attempted 06, vbv_failure or internet 07)`;
  return [warning(`${cai}.eciRaw`, "3ds-eci-indicator", message, source)];
}

/** `CONSUMER_AUTHENTICATION` and `VALIDATE_CONSUMER_AUTHENTICATION`: Cybersource fills the result. */
function combinedFlow(request: unknown, list: readonly unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const source =
    "japan-merchant-needs.md §1.2 (with these actions Cybersource fills in the 3-D Secure result itself); cybersource-rest-samples-node authorization-with-pa-enroll-authentication-needed.js, authorization-with-payer-auth-validation.js";
  for (const field of ["cavv", "eciRaw", "xid"]) {
    if (dig(request, cai, field) === undefined) continue;
    const message =
      "is sent with a payer authentication action: Cybersource supplies the authentication result itself; send either the action or a result from elsewhere.";
    issues.push(warning(`${cai}.${field}`, "3ds-result-with-action", message, source));
  }
  const validating = list.includes("VALIDATE_CONSUMER_AUTHENTICATION");
  if (validating && dig(request, cai, "authenticationTransactionId") === undefined) {
    const message =
      "is required with VALIDATE_CONSUMER_AUTHENTICATION: send the authenticationTransactionId of the PENDING_AUTHENTICATION answer.";
    const validate =
      "https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-ccdc-validate-intro.html (required: consumerAuthenticationInformation.authenticationTransactionId)";
    issues.push(
      error(`${cai}.authenticationTransactionId`, "3ds-validate-transaction", message, validate),
    );
  }
  if (!validating && dig(request, cai, "referenceId") === undefined) {
    const message =
      "is missing with CONSUMER_AUTHENTICATION: without the setup's referenceId the issuer gets no device data collection.";
    const ddc =
      "https://developer.cybersource.com/docs/cybs/en-us/payer-authentication/developer/all/rest/payer-auth/pa2-ccdc-ddc-intro.html";
    issues.push(warning(`${cai}.referenceId`, "3ds-reference-id", message, ddc));
  }
  return issues;
}

function specificationVersion(request: unknown): ValidationIssue[] {
  if (text(dig(request, cai, "paSpecificationVersion")) !== "2.1.0") return [];
  const message = "is 2.1.0, which cannot be used after 25 September 2024; send 2.2.0.";
  const source =
    "https://developer.cybersource.com/docs/cybs/en-us/api-fields/reference/all/rest/api-fields/cons-auth-info-aa/cons-auth-info-pa-specification-version.html ('2.1.0 cannot be used after September 25, 2024')";
  return [warning(`${cai}.paSpecificationVersion`, "3ds-version-retired", message, source)];
}
