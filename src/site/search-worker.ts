/** Thread entry of `writeSearchIndex`: writes its share of the bundles with a Pagefind service of its own. */
import { parentPort, workerData } from 'node:worker_threads';
import { type BundleJob, writeBundles } from './search-index.ts';

const { outDir, jobs, keep } = workerData as { outDir: string; jobs: BundleJob[]; keep?: string };
parentPort?.postMessage(await writeBundles(outDir, jobs, keep));
