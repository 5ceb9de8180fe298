// Headless Debian Chromium through playwright-core (which never downloads a browser of its own),
// with a fresh profile and Chromium's own background traffic turned off.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type BrowserContext } from "playwright-core";
import { tempFolder } from "./temp.js";
import { runtimes } from "./runtimes.js";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Chromium, with `env` added to this process's; close the context when done. */
export async function launchChromium(env: Record<string, string> = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(await tempFolder("chromium-profile"), {
    executablePath: runtimes.chromium.path,
    headless: true,
    args: FLAGS,
    env: { ...process.env, ...env },
  });
}

/** Serves `files` (path -> [content type, body]) from 127.0.0.1; resolves to the base URL. */
export async function serve(
  files: Record<string, readonly [string, string]>,
): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const file = files[request.url ?? "/"];
    if (file === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
