// HTML from the RSC payload (react-dom/server), with the payload injected for hydration.
import { createFromReadableStream } from '@vitejs/plugin-rsc/ssr';
import { renderToReadableStream } from 'react-dom/server.edge';
import { injectRSCPayload } from 'rsc-html-stream/server';
import { use } from 'react';
import type { ReactFormState } from 'react-dom/client';
import type { RscPayload } from './entry.rsc';

export async function renderHTML(rscStream: ReadableStream<Uint8Array>, options: { formState?: ReactFormState }) {
  const [forSsr, forBrowser] = rscStream.tee();
  let payload: Promise<RscPayload> | undefined;
  function Shell() {
    payload ??= createFromReadableStream<RscPayload>(forSsr);
    return use(payload).root;
  }
  const bootstrapScriptContent = await import.meta.viteRsc.loadBootstrapScriptContent('index');
  const html = await renderToReadableStream(<Shell />, { bootstrapScriptContent, formState: options.formState });
  return html.pipeThrough(injectRSCPayload(forBrowser));
}
