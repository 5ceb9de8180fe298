import { authenticationScenarios } from "../mock/index.js";

// Every scenario's description ends with the Cybersource guide it came from: printed once below
// the table instead of on every row.
const SOURCE = / \((Cybersource Payer Authentication testing.*)\)$/u;

/**
 * The mock's 3-D Secure test cards as Markdown (`| card | outcome | ECI | what happens |`), the
 * way `formatScenarioTable` prints the amount triggers, with the guide they come from.
 */
export function formatAuthenticationTable(): string {
  const sources = new Set<string>();
  const rows = authenticationScenarios.map(({ number, outcome, eci, description }) => {
    const source = SOURCE.exec(description)?.[1];
    if (source !== undefined) sources.add(source);
    return `| ${number} | ${outcome} | ${eci ?? ""} | ${description.replace(SOURCE, "")} |`;
  });
  return [
    "| card (Visa, any future expiry) | outcome | ECI | what happens |",
    "|---|---|---|---|",
    "| any other Visa | frictionless | 05 | Authenticated without a challenge (a mock choice). |",
    ...rows,
    ...[...sources].map((source) => `cards from ${source}`),
  ].join("\n");
}
