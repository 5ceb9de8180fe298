import { Buffer } from "node:buffer";
import type { IncomingMessage } from "node:http";

/** The whole body of `request`, or `undefined` once it passes `maxBytes` (the rest unread). */
export async function readBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size > maxBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
