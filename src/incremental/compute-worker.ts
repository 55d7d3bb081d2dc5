/**
 * Worker-thread entry of `computeCounties`: computes the counties it is sent, one at a time,
 * keeping their outputs when asked; then, told to, builds and sends each kept county's downloads.
 */
import { parentPort } from 'node:worker_threads';
import type { CountyYearOutput } from '../pipeline.ts';
import { countyDownloads, type FromWorker, runCounty, type ToWorker } from './compute-county.ts';

if (parentPort === null) throw new Error('compute-worker.ts runs as a worker thread');
const port = parentPort;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const kept: { county: string; key: string; outputs: CountyYearOutput[] }[] = [];

port.on('message', (message: ToWorker) => {
  if (message.type === 'compute') {
    const { result, outputs } = runCounty(message.job);
    if (message.keep) kept.push({ county: message.job.county, key: message.job.key, outputs });
    send({ type: 'result', result });
    return;
  }
  for (const { county, key, outputs } of kept.splice(0)) {
    const bundle = countyDownloads(key, outputs);
    // Handed over, not copied: the thread has no further use for the bytes.
    send({ type: 'downloads', county, bundle }, [bundle.buffer as ArrayBuffer]);
  }
  send({ type: 'done' });
});
