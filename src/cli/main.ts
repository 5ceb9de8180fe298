// The command line as a function of its arguments, environment and output, for the bin and the tests.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { authorizeCommand } from "./authorize.js";
import { checkoutCommand } from "./checkout.js";
import { exitCodeOf, exitCodes } from "./exit-codes.js";
import { captureCommand, reverseCommand, reverseTimedOutCommand } from "./follow-ups.js";
import { errorDocument, errorLines } from "./errors.js";
import { runDemo } from "./demo.js";
import { CliInputError, type Flags } from "./input.js";
import { mockCommand } from "./mock.js";
import { lookupCommand, refundCommand, searchCommand, voidAdvice, voidCommand } from "./life.js";
import { processPrinter, type Printer } from "./printer.js";
import { usage } from "./usage.js";

const options = {
  live: { type: "boolean" },
  url: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  port: { type: "string" },
  host: { type: "string" },
  "merchant-id": { type: "string" },
  "key-id": { type: "string" },
  "shared-secret": { type: "string" },
  amount: { type: "string" },
  installments: { type: "string" },
  "first-billing-month": { type: "string" },
  "payment-method": { type: "string" },
  bonus: { type: "string", multiple: true },
  "payment-id": { type: "string" },
  "transaction-id": { type: "string" },
  reason: { type: "string" },
  "capture-id": { type: "string" },
  kind: { type: "string" },
  id: { type: "string" },
  code: { type: "string" },
  query: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  "wait-ms": { type: "string" },
} as const;

/** The version in the package's package.json: two folders up from src/cli/, three from dist/src/cli/. */
function version(): string {
  for (const up of ["../../package.json", "../../../package.json"]) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(up, import.meta.url), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === "cybersource-jpo" && manifest.version) return manifest.version;
    } catch {
      // not this folder
    }
  }
  throw new Error("cannot find cybersource-jpo's package.json");
}

async function run(command: string, flags: Flags, env: NodeJS.ProcessEnv, print: Printer) {
  switch (command) {
    case "demo":
      await runDemo({ live: flags["live"] === true, env, out: print.out });
      return exitCodes.ok;
    case "authorize":
      return authorizeCommand(flags, env, print);
    case "capture":
      return captureCommand(flags, env, print);
    case "reverse":
      return reverseCommand(flags, env, print);
    case "reverse-timed-out":
      return reverseTimedOutCommand(flags, env, print);
    case "refund":
      return refundCommand(flags, env, print);
    case "void":
      return voidCommand(flags, env, print);
    case "lookup":
      return lookupCommand(flags, env, print);
    case "search":
      return searchCommand(flags, env, print);
    case "mock": {
      const mock = await mockCommand(flags, print);
      await stopped();
      await mock.close();
      return exitCodes.ok;
    }
    case "checkout": {
      const checkout = await checkoutCommand(flags, print);
      await stopped();
      await checkout.close();
      return exitCodes.ok;
    }
    default:
      throw new CliInputError([
        `unknown command ${JSON.stringify(command)}; see \`cybersource-jpo help\`.`,
      ]);
  }
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM. */
function stopped(): Promise<void> {
  return new Promise((done) => process.once("SIGINT", done).once("SIGTERM", done));
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves to its exit code.
 * `printer` defaults to the process's stdout and stderr.
 */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  printer?: (json: boolean) => Printer,
): Promise<number> {
  const print = (printer ?? processPrinter)(argv.includes("--json"));
  try {
    const { positionals, values } = parse(argv);
    const [command = "demo", ...extra] = positionals;
    if (values.version) return (print.text(version()), exitCodes.ok);
    if (values.help || command === "help") return (print.text(usage), exitCodes.ok);
    if (extra.length > 0)
      throw new CliInputError([`unexpected argument ${JSON.stringify(extra[0])}.`]);
    return await run(command, values, env, print);
  } catch (error) {
    print.document(errorDocument(error));
    for (const line of errorLines(error)) print.err(line);
    for (const line of voidAdvice(error, urlOf(argv))) print.out(line);
    return exitCodeOf(error);
  }
}

/** `--url`'s value, for the advice printed after an unknown outcome. */
function urlOf(argv: readonly string[]): string | undefined {
  const at = argv.indexOf("--url");
  return at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith("--url="))?.slice(6);
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliInputError([`${message} See \`cybersource-jpo help\`.`]);
  }
}
