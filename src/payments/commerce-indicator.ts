import { commerceIndicatorValues } from "../../generated/rules.js";
import type { components } from "../../generated/openapi.js";

/** `processingInformation.commerceIndicator`, as the spec lists Visa Platform Connect's values. */
export type CommerceIndicator = components["schemas"]["CommerceIndicator"];

/**
 * The commerce indicator Visa Secure pairs with each ECI on Visa Platform Connect: `05` vbv
 * (authenticated), `06` vbv_attempted (attempted), `07` vbv_failure or internet (failed or not
 * attempted). VPC "Required Fields for Processing an Authorization Using Visa Secure":
 * https://developer.cybersource.com/docs/cybs/en-us/payments/developer/ctv/rest/payments/payments-processing-pa-process-intro/payments-processing-pa-visa-intro/payments-processing-pa-visa-reqfields.html
 */
const visaSecure: Readonly<Record<string, CommerceIndicator>> = {
  "05": "vbv",
  "06": "vbv_attempted",
  "07": "internet",
};

const known: ReadonlySet<string> = new Set(commerceIndicatorValues);

/**
 * The indicator to authorize with after an authentication that ended with `eci`. ECI 07 keeps
 * Cybersource's own `vbv_failure` when it answered that (both are valid there); an ECI that is
 * not Visa's takes Cybersource's indicator when it is a value the spec lists, else none.
 */
export function commerceIndicatorFor(
  eci: string | undefined,
  answered: string | undefined,
): CommerceIndicator | undefined {
  if (eci === "07" && answered === "vbv_failure") return "vbv_failure";
  const visa = eci === undefined ? undefined : visaSecure[eci];
  if (visa !== undefined) return visa;
  return answered !== undefined && known.has(answered)
    ? (answered as CommerceIndicator)
    : undefined;
}
