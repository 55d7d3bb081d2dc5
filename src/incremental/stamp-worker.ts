/** Thread entry of `stampInBackground`: the stamp of every file under a folder, by file identity. */
import { parentPort, workerData } from 'node:worker_threads';
import { stampFolder } from './site-snapshot.ts';

parentPort?.postMessage(stampFolder(workerData as string));
