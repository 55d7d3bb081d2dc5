/** Worker-thread entry of `renderAll`: renders each spec it is sent and replies with the SVG. */
import { parentPort } from 'node:worker_threads';
import { type RenderReply, type RenderRequest, renderSvg } from './render-svg.ts';

if (parentPort === null) throw new Error('render-worker.ts runs as a worker thread');
const port = parentPort;

port.on('message', (request: RenderRequest) => {
  renderSvg(request.spec).then(
    (svg) => port.postMessage({ id: request.id, svg } satisfies RenderReply),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies RenderReply),
  );
});
