// Scratch folders under the OS temp folder, removed after the test file that made them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A fresh folder named `cybersource-jpo-<name>-XXXXXX`. */
export async function tempFolder(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `cybersource-jpo-${name}-`));
  folders.push(dir);
  return dir;
}
