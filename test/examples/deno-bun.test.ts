// examples/deno.ts and examples/bun.ts, bundled and run by Deno and Bun against the mock.
import { afterAll, describe, expect } from "vitest";
import { OpenSslDir } from "../helpers/openssl.js";
import { describeRun, runCommand } from "../runtimes/support/command.js";
import { runtimes, runtimeTest } from "../runtimes/support/runtimes.js";
import { tempFolder } from "../runtimes/support/temp.js";
import { bundleExample, startExampleMock } from "./support/example.js";

const quiet = { DO_NOT_TRACK: "1", DENO_NO_UPDATE_CHECK: "1" };

describe("the Deno example", () => {
  runtimeTest(runtimes.deno, "authorizes and captures a bonus payment (21)", async () => {
    const { mock, env } = await startExampleMock();
    const script = await bundleExample("deno.ts", "neutral");
    const { host } = new URL(mock.url);
    const allowEnv = Object.keys(env).join(",");
    const args = ["run", "--no-config", "--no-lock", "--quiet"];
    args.push(`--allow-net=${host}`, `--allow-env=${allowEnv}`, script, "48000");
    // Only what the example needs: its variables, and no access to the rest of the environment.
    const run = await runCommand(runtimes.deno.path, args, {
      env: { ...quiet, ...env, PATH: process.env["PATH"], DENO_DIR: await tempFolder("deno-dir") },
      timeoutMs: 30_000,
    });
    expect(run.code, describeRun(run)).toBe(0);
    const printed = JSON.parse(run.stdout.trim());
    expect(printed).toMatchObject({ status: "AUTHORIZED", captured: "48000", reason: null });
    expect(mock.authorizations).toMatchObject([
      {
        transactionId: printed.transactionId,
        id: printed.paymentId,
        paymentMethod: "21",
        installments: undefined,
        state: "CAPTURED",
      },
    ]);
  });
});

describe("the Bun example", () => {
  const MERCHANT = "example_merchant";
  const PASSWORD = "p12-password";
  let openssl: OpenSslDir | undefined;
  afterAll(() => openssl?.remove());

  runtimeTest(
    runtimes.bun,
    "signs with a JWT from a P12 file and pays with bonuses (31)",
    async () => {
      openssl = new OpenSslDir();
      const { cert } = openssl.keyAndCertificate("merchant", MERCHANT, "7000123456789");
      openssl.merchantP12("merchant.p12", PASSWORD, MERCHANT, "7000123456789");
      // The mock accepts RS256 from this certificate; the example gets no shared secret at all.
      const { mock, env } = await startExampleMock({ jwt: { certificate: cert } });
      const script = await bundleExample("bun.ts", "neutral");
      const run = await runCommand(runtimes.bun.path, [script], {
        env: {
          ...quiet,
          CYBERSOURCE_ENVIRONMENT: env.CYBERSOURCE_ENVIRONMENT,
          CYBERSOURCE_MERCHANT_ID: MERCHANT,
          CYBERSOURCE_P12_PATH: `${openssl.path}/merchant.p12`,
          CYBERSOURCE_P12_PASSWORD: PASSWORD,
        },
        timeoutMs: 30_000,
      });
      expect(run.code, describeRun(run)).toBe(0);
      const [authorized, captured] = run.stdout.trim().split("\n");
      expect(authorized).toMatch(/^AUTHORIZED 300000 yen, transaction jpo-[0-9a-f]{26}$/u);
      expect(captured).toBe("captured 300000 yen: PENDING");
      expect(mock.authorizations).toMatchObject([
        { code: "ORDER-BUN-1", paymentMethod: "31", installments: "10", state: "CAPTURED" },
      ]);
    },
  );
});
