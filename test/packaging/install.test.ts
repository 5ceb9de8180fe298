// Installs cybersource-jpo as a user does, into fresh projects: from the packed tarball and from a
// git URL (a clone of this repository, whose `prepare` script builds dist/), then runs the
// installed command: its version, a mock, and an authorization sent to that mock with --url.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { describeRun, runCommand } from "../runtimes/support/command.js";
import { tempFolder } from "../runtimes/support/temp.js";
import {
  checkoutPageOnce,
  cli,
  installedPackages,
  installInto,
  startCliMock,
} from "./installed.js";
import { packOnce, repoRoot } from "./pack.js";

/** What a production install holds: the SDK's runtime dependencies only, nothing of the mock. */
const production = [
  "@noble/hashes",
  "cybersource-jpo",
  "jose",
  "openapi-fetch",
  "openapi-typescript-helpers",
];

async function expectWorkingInstall(dir: string) {
  expect(await installedPackages(dir)).toEqual(production);
  expect(existsSync(join(dir, "node_modules/cybersource-jpo/LICENSE"))).toBe(true);
  const version = await cli(dir, ["--version"]);
  expect(version.code, describeRun(version)).toBe(0);
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  const mock = await startCliMock(dir);
  try {
    const args = ["authorize", "--amount", "60000", "--installments", "6", "--url", mock.url];
    const run = await cli(dir, [...args, "--json"], mock.env);
    expect(run.code, describeRun(run)).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ result: { status: "AUTHORIZED" } });
  } finally {
    mock.stop();
  }
  // The checkout page ships in the package (dist/examples/checkout/) and Ctrl+C stops it.
  const checkout = await checkoutPageOnce(dir);
  expect(checkout.html).toContain('<html lang="ja">');
  expect(checkout.html).toContain("ボーナス併用払い");
  expect(checkout.code).toBe(0);
  const imported = await runCommand(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'const m = await import("cybersource-jpo"); console.log(typeof m.createJpoClient)',
    ],
    { cwd: dir },
  );
  expect(imported.stdout.trim(), describeRun(imported)).toBe("function");
}

describe("installing the packed tarball into a fresh project", () => {
  let dir: string;
  beforeAll(async () => {
    const { tarball } = await packOnce();
    dir = await tempFolder("install-tarball");
    await installInto(dir, tarball);
  }, 300_000);

  test("gives a working package and command, with only the SDK's dependencies", async () => {
    await expectWorkingInstall(dir);
  }, 60_000);
});

describe("installing from a git URL into a fresh project", () => {
  let dir: string;
  beforeAll(async () => {
    // A clone stands for the hosted repository: npm clones it, installs its dependencies and runs
    // its `prepare` script (the build), as it would from GitHub. It holds the committed tree.
    const clone = join(await tempFolder("git-repo"), "repo");
    const git = await runCommand("git", [
      "clone",
      "-q",
      "--depth",
      "1",
      `file://${repoRoot}`,
      clone,
    ]);
    if (git.code !== 0) throw new Error(`git clone failed: ${describeRun(git)}`);
    dir = await tempFolder("install-git");
    await installInto(dir, `git+file://${clone}`);
  }, 600_000);

  test("builds dist/ through `prepare` and gives a working package and command", async () => {
    await expectWorkingInstall(dir);
  }, 60_000);
});
