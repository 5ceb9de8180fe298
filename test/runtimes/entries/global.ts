// The edge runtime and Chromium: start the suite and leave the report's promise on a global.
import { runConformance } from "../conformance.js";
import { target } from "./target.js";

(globalThis as { conformanceReport?: Promise<string> }).conformanceReport = runConformance(
  target,
).then((report) => JSON.stringify(report));
