#!/usr/bin/env node
// The `cybersource-jpo` command: the demo (the README's main job), a mock server for other
// projects' tests, and one-off authorizations.
import { parseArgs } from "node:util";
import { isCybersourceJpoError, JpoValidationError } from "../index.js";
import { authorizeCommand, mockCommand } from "./commands.js";
import { runDemo } from "./demo.js";

const usage = `usage: cybersource-jpo <command> [options]

commands:
  demo [--live]                 authorize a JPO installment payment, then show a timed-out
                                authorization being found and reversed (default: embedded mock)
  mock [--port N] [--host H]    run the mock Cybersource until stopped; prints its credentials
       [--merchant-id M] [--key-id K] [--shared-secret S]
  authorize [--amount YEN] [--installments N] [--payment-method 10|61|80] [--live]
                                send one authorization (default: to a fresh embedded mock)

--live uses apitest.cybersource.com with CYBERSOURCE_MERCHANT_ID and either CYBERSOURCE_KEY_ID +
CYBERSOURCE_SHARED_SECRET or CYBERSOURCE_P12_PATH + CYBERSOURCE_P12_PASSWORD.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      live: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      port: { type: "string" },
      host: { type: "string" },
      "merchant-id": { type: "string" },
      "key-id": { type: "string" },
      "shared-secret": { type: "string" },
      amount: { type: "string" },
      installments: { type: "string" },
      "payment-method": { type: "string" },
    },
  });
  const out = (text: string) => console.log(text);
  const [command = "demo"] = positionals;
  if (values.help) return (out(usage), 0);
  if (command === "demo") await runDemo({ live: values.live === true, env: process.env, out });
  else if (command === "authorize") await authorizeCommand(values, process.env, out);
  else if (command === "mock") {
    const mock = await mockCommand(values, out);
    await new Promise<void>((resolve) => process.once("SIGINT", resolve).once("SIGTERM", resolve));
    await mock.close();
  } else return (console.error(usage), 2);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof JpoValidationError) {
      for (const issue of error.issues) console.error(`${issue.path}: ${issue.message}`);
    } else if (isCybersourceJpoError(error)) console.error(`${error.code}: ${error.message}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
