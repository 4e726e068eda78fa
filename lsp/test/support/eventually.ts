// Some answers are computed in the background (the plan behind hovers and code lenses): ask again until the
// answer is the expected one. The deadline only turns "never" into a readable failure; nothing is timed.
export async function eventually<T>(ask: () => Promise<T>, accept: (answer: T) => boolean, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await ask();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} never came within ${timeoutMs} ms; the last answer was ${JSON.stringify(last)}`);
}
