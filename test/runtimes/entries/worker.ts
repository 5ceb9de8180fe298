// workerd: `workerd test` calls the test handler; the report goes to the log on one marked line.
import { runConformance } from "../conformance.js";
import { target } from "./target.js";

export default {
  async test(): Promise<void> {
    const report = await runConformance(target);
    console.log(`CONFORMANCE ${JSON.stringify(report)}`);
  },
};
