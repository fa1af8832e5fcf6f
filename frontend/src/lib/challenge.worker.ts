/// <reference lib="webworker" />
// Solves one proof of work off the page's thread (see challenge.ts).
import { solve, type Challenge } from './challenge';

self.onmessage = async (e: MessageEvent<Challenge>) => {
  self.postMessage(await solve(e.data));
};
