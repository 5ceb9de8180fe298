// Throwaway keys, certificates and P12 files made with the system openssl at test time.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary directory with helpers to run openssl in it. Call `remove()` when done. */
export class OpenSslDir {
  readonly path = mkdtempSync(join(tmpdir(), "cybersource-jpo-test-"));

  run(...args: string[]): void {
    execFileSync("openssl", args, { cwd: this.path, stdio: ["ignore", "ignore", "pipe"] });
  }

  read(name: string): Buffer {
    return readFileSync(join(this.path, name));
  }

  text(name: string): string {
    return readFileSync(join(this.path, name), "utf8");
  }

  write(name: string, data: string | Uint8Array): void {
    writeFileSync(join(this.path, name), data);
  }

  /**
   * An RSA key (`<name>.key`, PKCS#8 PEM) and a self-signed certificate (`<name>.crt`) whose
   * subject is `/serialNumber=<serial>/CN=<cn>` (or just `/CN=<cn>` without a serial).
   */
  keyAndCertificate(name: string, cn: string, serial?: string): { key: string; cert: string } {
    const subject = serial === undefined ? `/CN=${cn}` : `/serialNumber=${serial}/CN=${cn}`;
    this.run(
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      subject,
      "-keyout",
      `${name}.key`,
      "-out",
      `${name}.crt`,
    );
    return { key: this.text(`${name}.key`), cert: this.text(`${name}.crt`) };
  }

  /** Runs `openssl pkcs12 -export` with `args` and returns the file's bytes. */
  p12(name: string, password: string, args: readonly string[]): Uint8Array {
    this.run("pkcs12", "-export", ...args, "-passout", `pass:${password}`, "-out", name);
    return new Uint8Array(this.read(name));
  }

  /**
   * A merchant's P12 as Cybersource issues it: `merchant.key` and `merchant.crt` (made first with
   * `keyAndCertificate("merchant", merchantId, serial)`) under the friendly name
   * `serialNumber=<serial>,CN=<merchantId>`, with `extraArgs` for `openssl pkcs12 -export`.
   */
  merchantP12(
    name: string,
    password: string,
    merchantId: string,
    serial: string,
    extraArgs: readonly string[] = [],
  ): Uint8Array {
    return this.p12(name, password, [
      ...["-inkey", "merchant.key", "-in", "merchant.crt"],
      ...["-name", `serialNumber=${serial},CN=${merchantId}`],
      ...extraArgs,
    ]);
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}
