/** Where a command writes: text for people, or one JSON document with `--json` for scripts. */
export interface Printer {
  /** `--json`: stdout carries one JSON document and nothing else. */
  readonly json: boolean;
  /** A line of text on stdout (ignored with `--json`). */
  out(text: string): void;
  /** A line on stderr: warnings and errors, in both modes. */
  err(text: string): void;
  /** The command's JSON document (ignored without `--json`). */
  document(value: unknown): void;
  /** Text on stdout in both modes: `help`, `--version`. */
  text(text: string): void;
}

/** A printer on the process's stdout and stderr. */
export function processPrinter(json: boolean): Printer {
  return {
    json,
    out: (text) => {
      if (!json) process.stdout.write(`${text}\n`);
    },
    err: (text) => process.stderr.write(`${text}\n`),
    document: (value) => {
      if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    text: (text) => process.stdout.write(`${text}\n`),
  };
}
