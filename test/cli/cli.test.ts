import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.js";
import { checkoutCommand } from "../../src/cli/checkout.js";
import { mockCommand } from "../../src/cli/mock.js";
import type { Printer } from "../../src/cli/printer.js";
import {
  authenticationScenarios,
  startMockCybersource,
  type MockCybersource,
} from "../../src/mock/index.js";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function capture(json: boolean, into: { stdout: string[]; stderr: string[] }): Printer {
  return {
    json,
    out: (text) => void (json || into.stdout.push(text)),
    err: (text) => void into.stderr.push(text),
    document: (value) => void (json && into.stdout.push(JSON.stringify(value))),
    text: (text) => void into.stdout.push(text),
  };
}

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const into = { stdout: [] as string[], stderr: [] as string[] };
  const code = await main(argv, env, (json) => capture(json, into));
  return { code, stdout: into.stdout.join("\n"), stderr: into.stderr.join("\n") };
}

const running: MockCybersource[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((mock) => mock.close()));
});

/** A running mock and the environment that points the CLI's `--url` at it. */
async function runningMock() {
  const credentials = {
    merchantId: "cli_test_merchant",
    keyId: randomUUID(),
    sharedSecret: randomBytes(32).toString("base64"),
  };
  const mock = await startMockCybersource(credentials);
  running.push(mock);
  const env = {
    CYBERSOURCE_MERCHANT_ID: credentials.merchantId,
    CYBERSOURCE_KEY_ID: credentials.keyId,
    CYBERSOURCE_SHARED_SECRET: credentials.sharedSecret,
  };
  return { mock, env };
}

describe("the command line's help and version", () => {
  test("prints help on stdout and exits 0, for `help` and `--help`", async () => {
    for (const argv of [["help"], ["--help"], ["authorize", "-h"]]) {
      const run = await cli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("usage: cybersource-jpo <command>");
      expect(run.stdout).toContain("reverse-timed-out --transaction-id ID");
      expect(run.stdout).toContain("exit codes:");
      expect(run.stderr).toBe("");
    }
  });

  test("prints the package's version for --version", async () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: manifest.version, stderr: "" });
  });

  test("exits 2 with a pointer to help for an unknown command or flag", async () => {
    const unknown = await cli(["authorise"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "authorise"');
    const flag = await cli(["authorize", "--amout", "100"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("--amout");
  });
});

describe("the command line's input checks", () => {
  test("refuses a zero amount, naming --amount, before anything is sent", async () => {
    const run = await cli(["authorize", "--amount", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--amount must be a positive number of yen");
  });

  test("explains full-width digits and gives the ASCII spelling", async () => {
    const run = await cli(["authorize", "--amount", "１２０００"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("full-width digits");
    expect(run.stderr).toContain("12000");
  });

  test("applies the facade's rules: installments are refused with a single payment (10)", async () => {
    const run = await cli(["authorize", "--payment-method", "10", "--installments", "6"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--installments: /);
  });

  test("applies the facade's rules: revolving (80) takes installments, and warns without them", async () => {
    const withInstallments = ["authorize", "--payment-method", "80", "--installments", "6"];
    const accepted = await cli(withInstallments);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stderr).not.toContain("warning:");
    const warned = await cli(["authorize", "--payment-method", "80"]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toMatch(/warning: --installments: /);
  });

  test("refuses a fractional amount as the facade does, naming --amount", async () => {
    const run = await cli(["authorize", "--amount", "100.50"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--amount: /);
  });

  test("a follow-up without a target says it needs --url or --live", async () => {
    const capture = ["capture", "--payment-id", "7960814936770000000001", "--amount", "1"];
    const run = await cli([...capture, "--payment-method", "10"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("needs --url");
    const withoutJpo = await cli(capture);
    expect(withoutJpo.code).toBe(2);
    expect(withoutJpo.stderr).toContain("--payment-method is required");
  });

  test("--url without credentials in the environment is a configuration error (6)", async () => {
    const run = await cli(["authorize", "--url", "http://127.0.0.1:9"]);
    expect(run.code).toBe(6);
    expect(run.stderr).toContain("CYBERSOURCE_MERCHANT_ID");
  });
});

describe("the command line's outcomes", () => {
  test("an approval exits 0, says the plan as equal payments and how to capture", async () => {
    const run = await cli(["authorize", "--amount", "120000", "--installments", "12"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/status\s+AUTHORIZED/);
    expect(run.stdout).toMatch(/12 monthly payments of 10,000 yen from next month/);
    expect(run.stdout).toContain("cybersource-jpo capture --payment-id ");
    expect(run.stdout + run.stderr).not.toContain("4111111111111111");
  });

  test("a decline exits 3", async () => {
    const run = await cli(["authorize", "--amount", "1001", "--payment-method", "10"]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/reason\s+INSUFFICIENT_FUND/);
  });

  test("--json prints one JSON document with the redacted result", async () => {
    const run = await cli(["authorize", "--amount", "5000", "--payment-method", "10", "--json"]);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as { result: { status: string } };
    expect(document.result.status).toBe("AUTHORIZED");
    expect(run.stdout).not.toContain("4111111111111111");
    const error = await cli(["authorize", "--amount", "0", "--json"]);
    expect(JSON.parse(error.stdout)).toMatchObject({ status: "ERROR", exitCode: 2 });
  });

  test("against a running mock: authorize, then capture with the printed command", async () => {
    const { mock, env } = await runningMock();
    const run = await cli(["authorize", "--amount", "60000", "--url", mock.url], env);
    expect(run.code).toBe(0);
    const suggested = /cybersource-jpo (capture .*)$/m.exec(run.stdout)?.[1];
    expect(suggested).toContain(`--url ${mock.url}`);
    expect(suggested).toContain("--payment-method 61 --installments 12");
    const captured = await cli(suggested!.split(" "), env);
    expect(captured.code, captured.stderr).toBe(0);
    expect(captured.stdout).toMatch(/status\s+PENDING/);
    expect(mock.authorizations[0]?.state).toBe("CAPTURED");
  });

  test("an unknown outcome exits 5 and prints the reverse-timed-out command, which works", async () => {
    const { mock, env } = await runningMock();
    const run = await cli(["authorize", "--amount", "5002", "--url", mock.url], env);
    expect(run.code).toBe(5);
    expect(run.stdout).toContain("Do not send it again");
    const suggested = /cybersource-jpo (reverse-timed-out .*)$/m.exec(run.stdout)?.[1];
    expect(suggested).toMatch(/--transaction-id \S+ --amount 5002 --url /);
    const reversed = await cli(suggested!.split(" "), env);
    expect(reversed.code, reversed.stderr).toBe(0);
    expect(reversed.stdout).toMatch(/status\s+REVERSED/);
  });
});

describe("the mock command", () => {
  test("listens on a non-loopback --host with a warning that it is a test server", async () => {
    const into = { stdout: [] as string[], stderr: [] as string[] };
    const mock = await mockCommand({ host: "0.0.0.0" }, capture(false, into));
    running.push(mock);
    expect(into.stderr.join("\n")).toMatch(/warning: --host 0\.0\.0\.0 .* test server/);
    expect(into.stdout.join("\n")).toContain("export CYBERSOURCE_MERCHANT_ID=");
  });

  test("prints the 3-D Secure test cards next to the amount scenarios", async () => {
    const into = { stdout: [] as string[], stderr: [] as string[] };
    const mock = await mockCommand({}, capture(false, into));
    running.push(mock);
    const stdout = into.stdout.join("\n");
    expect(stdout).toContain("| 1001 | DECLINED |");
    const cards = stdout.slice(stdout.indexOf("3-D Secure test cards"));
    expect(cards).toContain("| card (Visa, any future expiry) | outcome | ECI | what happens |");
    for (const { number, outcome, eci } of authenticationScenarios) {
      expect(cards).toMatch(
        new RegExp(`\\| ${number} \\| ${outcome} \\| ${eci ?? ""} \\| \\S`, "u"),
      );
    }
    expect(cards).toContain(
      "| 4000000000002370 | challenge |  | 2.10: PENDING_AUTHENTICATION; the challenge always fails",
    );
    // The guide the cards come from is named once, not on every row.
    expect(cards.match(/pa-testing-3ds-2x-intro/gu)).toHaveLength(1);
    expect(stdout.trim().endsWith("stop with Ctrl+C")).toBe(true);
  });
});

describe("the checkout command", () => {
  test("serves the checkout page and its capture context on loopback, prints the test cards, and stops", async () => {
    const into = { stdout: [] as string[], stderr: [] as string[] };
    const checkout = await checkoutCommand({}, capture(false, into));
    try {
      expect(checkout.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
      const stdout = into.stdout.join("\n");
      expect(stdout).toContain(`checkout page  ${checkout.url}`);
      expect(stdout).toContain("| 4000000000002503 | challenge |");
      expect(stdout.trim().endsWith("stop with Ctrl+C")).toBe(true);
      const page = await fetch(checkout.url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<html lang="ja">');
      expect(html).toContain("ボーナス併用払い");
      const context = await fetch(`${checkout.url}capture-context`, { method: "POST", body: "{}" });
      const { captureContext, clientLibrary } = (await context.json()) as Record<string, string>;
      expect(captureContext).toMatch(/^eyJ/u);
      expect(clientLibrary).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/microform\/v2\/flex-microform\.js$/u,
      );
      expect(into.stdout.join("\n")).toContain("request POST /capture-context");
    } finally {
      await checkout.close();
    }
    await expect(fetch(checkout.url)).rejects.toThrow();
    expect(into.stderr).toEqual([]);
  });

  test("refuses --host and a bad --port", async () => {
    expect((await cli(["checkout", "--host", "0.0.0.0"])).stderr).toContain(
      "--host: the checkout serves 127.0.0.1 only",
    );
    const port = await cli(["checkout", "--port", "70000"]);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain("--port must be a port number 0-65535");
  });
});

describe("the rest of a payment's life against a running mock", () => {
  async function capturedPayment() {
    const { mock, env } = await runningMock();
    const run = await cli(["authorize", "--amount", "60000", "--url", mock.url], env);
    const suggested = /cybersource-jpo (capture .*)$/m.exec(run.stdout)![1]!;
    const captured = await cli([...suggested.split(" "), "--json"], env);
    const { id } = JSON.parse(captured.stdout) as { id: string };
    return { mock, env, captureId: id };
  }

  test("refund, lookup, search and void exit 0; a second void exits 1 (NOT_VOIDABLE)", async () => {
    const { mock, env, captureId } = await capturedPayment();
    const url = ["--url", mock.url];
    const refund = await cli(
      ["refund", "--capture-id", captureId, "--amount", "1000", ...url],
      env,
    );
    expect(refund.code, refund.stderr).toBe(0);
    expect(refund.stdout).toMatch(/status\s+PENDING/);
    const refundId = /refund id\s+(\d+)/.exec(refund.stdout)![1]!;
    const lookup = await cli(["lookup", "--id", captureId, ...url], env);
    expect(lookup.code, lookup.stderr).toBe(0);
    expect(lookup.stdout).toMatch(/refund balance\s+59,000 yen/);
    expect(lookup.stdout).toMatch(/installments\s+12/);
    const search = await cli(["search", "--id", captureId, ...url], env);
    expect(search.code, search.stderr).toBe(0);
    expect(search.stdout).toMatch(/^1 found/);
    expect(search.stdout).toContain("ics_bill");
    const voided = await cli(["void", "--kind", "refund", "--id", refundId, ...url], env);
    expect(voided.code, voided.stderr).toBe(0);
    const again = await cli(["void", "--kind", "refund", "--id", refundId, ...url], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("NOT_VOIDABLE");
  });

  test("a lost refund exits 5 and prints the void command, which works", async () => {
    const { mock, env, captureId } = await capturedPayment();
    const url = ["--url", mock.url];
    const lost = await cli(["refund", "--capture-id", captureId, "--amount", "5002", ...url], env);
    expect(lost.code).toBe(5);
    const suggested = /cybersource-jpo (void --transaction-id .*)$/m.exec(lost.stdout)?.[1];
    expect(suggested).toContain(`--url ${mock.url}`);
    const voided = await cli(suggested!.split(" "), env);
    expect(voided.code, voided.stderr).toBe(0);
    expect(mock.refunds[0]!.state).toBe("VOIDED");
  });

  test("a lookup of an unknown id exits 7 (not in the reports yet)", async () => {
    const { mock, env } = await runningMock();
    const run = await cli(["lookup", "--id", "7000000000000000000099", "--url", mock.url], env);
    expect(run.code).toBe(7);
    expect(run.stdout).toContain("not in Cybersource's reports yet");
  });
});
