import { Worker } from 'node:worker_threads';
import type { FromVolunteers, ToVolunteers, VolunteerWork } from './volunteer-worker';

type Of<T extends FromVolunteers['type']> = Extract<FromVolunteers, { type: T }>;

/** Starts the volunteers' thread; `next` waits for its next step, and a failure there fails the bench. */
export function startVolunteers(work: VolunteerWork) {
  // tsx compiles the worker's TypeScript as it does the main thread's, once registered in it.
  const script = new URL('./volunteer-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: work });
  const waiting: ((message: FromVolunteers) => void)[] = [];
  const early: FromVolunteers[] = [];
  let failure: Error | undefined;
  worker.on('message', (message: FromVolunteers) => (waiting.length ? waiting.shift()!(message) : early.push(message)));
  worker.on('error', (error: Error) => {
    failure = error;
    for (const resolve of waiting.splice(0)) resolve({ type: 'failed', error: error.stack ?? error.message });
  });
  return {
    send: (message: ToVolunteers) => worker.postMessage(message),
    async next<T extends FromVolunteers['type']>(type: T): Promise<Of<T>> {
      const message = early.shift() ?? (await new Promise<FromVolunteers>((resolve, reject) => (failure ? reject(failure) : waiting.push(resolve))));
      if (message.type === 'failed') throw new Error(`the volunteers' thread failed: ${message.error}`);
      if (message.type !== type) throw new Error(`the volunteers' thread said ${message.type}, expected ${type}`);
      return message as Of<T>;
    },
    stop: () => worker.terminate(),
  };
}
