/** Worker-thread entry of `computeInWorkers`: computes the counties it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { type CountyJob, type CountyResult, computeCounty } from './compute-county.ts';

if (parentPort === null) throw new Error('compute-worker.ts runs as a worker thread');
const port = parentPort;

port.on('message', (job: CountyJob) => {
  port.postMessage(computeCounty(job) satisfies CountyResult);
});
