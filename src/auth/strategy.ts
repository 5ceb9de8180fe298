import type { SigningStrategy } from "./signing-strategy.js";

/**
 * Builds a strategy whose keys are loaded by `load` once, on first use, and shared by every
 * request; a failed load stays failed, since the configuration it came from cannot change.
 */
export function defineStrategy<Keys>(
  load: () => Promise<Keys>,
  signWith: (keys: Keys, request: Request) => Promise<Request>,
): SigningStrategy {
  let keys: Promise<Keys> | undefined;
  const loaded = (): Promise<Keys> => (keys ??= load());
  const sign = async (request: Request): Promise<Request> => signWith(await loaded(), request);
  return {
    sign,
    onRequest: ({ request }) => sign(request),
    ready: async () => {
      await loaded();
    },
  };
}
