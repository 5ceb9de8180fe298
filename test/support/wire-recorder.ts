/** A fetch that records each raw answer body as it crossed the wire (before any decryption). */
export function recordingFetch(bodies: string[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    bodies.push(await response.clone().text());
    return response;
  };
}
