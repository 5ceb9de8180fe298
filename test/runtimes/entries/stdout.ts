// Node 22/24, Bun and Deno: run the suite and print the report on one marked line.
import { runConformance } from "../conformance.js";
import { target } from "./target.js";

const report = await runConformance(target);
console.log(`CONFORMANCE ${JSON.stringify(report)}`);
