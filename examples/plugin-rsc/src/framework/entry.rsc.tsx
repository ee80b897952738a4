// The rsc environment's request handler (plugin-rsc serves it in dev and builds it).
// Server functions go through `virtual:actionc/rsc`, whose loadServerAction, decodeReply,
// decodeAction and decodeFormState take actionc IDs (the runtime authenticates each one)
// and load the module through plugin-rsc. actionc/server adds its origin check.
import { createTemporaryReferenceSet, renderToReadableStream } from '@vitejs/plugin-rsc/rsc';
import { decodeAction, decodeFormState, decodeReply, loadServerAction } from 'virtual:actionc/rsc';
import { checkActionOrigin } from 'actionc/server';
import type { ReactFormState } from 'react-dom/client';
import { Root } from '../root';

export type RscPayload = { root: React.ReactNode; returnValue?: unknown; formState?: ReactFormState };

async function handler(request: Request): Promise<Response> {
  let returnValue: unknown;
  let formState: ReactFormState | undefined;
  let temporaryReferences: unknown;
  try {
    if (request.method === 'POST') {
      checkActionOrigin(request.headers);
      const actionId = request.headers.get('x-rsc-action');
      if (actionId) {
        // JavaScript: React's reply encoding in, the payload with the result out.
        const action = await loadServerAction(actionId);
        const body = request.headers.get('content-type')?.startsWith('multipart/form-data') ? await request.formData() : await request.text();
        temporaryReferences = createTemporaryReferenceSet();
        const args = (await decodeReply(body, { temporaryReferences })) as unknown[];
        returnValue = await action(...args);
      } else {
        // No JavaScript: the form's $ACTION_ fields name the action.
        const formData = await request.formData();
        const action = await decodeAction(formData);
        if (!action) return new Response('no Server Action in the form', { status: 400 });
        formState = (await decodeFormState(await action(), formData)) ?? undefined;
      }
    }
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return new Response(status === 404 ? 'Server Action not found' : String((error as Error).message), { status });
  }
  const stream = renderToReadableStream<RscPayload>({ root: <Root />, returnValue, formState }, { temporaryReferences });
  if (request.headers.get('accept')?.includes('text/x-component')) {
    return new Response(stream, { headers: { 'content-type': 'text/x-component;charset=utf-8' } });
  }
  const ssr = await import.meta.viteRsc.loadModule<typeof import('./entry.ssr')>('ssr', 'index');
  return new Response(await ssr.renderHTML(stream, { formState }), { headers: { 'content-type': 'text/html' } });
}

export default { fetch: handler };

if (import.meta.hot) import.meta.hot.accept();
