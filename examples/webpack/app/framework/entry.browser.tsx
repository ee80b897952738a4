// The browser: hydrate the SSR HTML from the inlined Flight payload (with the form state
// of a no-JavaScript useActionState post), and call Server Actions through Flight
// (encodeReply → POST with Next-Action → createFromFetch). webpack's runtime loads the
// client components' chunks (react-server-dom-webpack's plugin made them).
import { createFromFetch, createFromReadableStream, encodeReply } from 'react-server-dom-webpack/client';
import { hydrateRoot } from 'react-dom/client';
import type { ReactFormState } from 'react-dom/client';
import { startTransition, useState, type ReactNode } from 'react';
import { setServerCallback } from 'actionc/client';

declare global {
  interface Window { __FLIGHT_PAYLOAD__: string }
}

type Payload = { root: ReactNode; returnValue?: unknown; formState?: ReactFormState | null };
let setRoot: (root: ReactNode) => void = () => {};

async function callServer(id: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(location.pathname, {
    method: 'POST',
    headers: { Accept: 'text/x-component', 'Next-Action': id },
    body: await encodeReply(args),
  });
  if (!response.ok) throw Object.assign(new Error(`Server Action failed (HTTP ${response.status}): ${await response.text()}`), { status: response.status });
  const payload = (await createFromFetch(Promise.resolve(response), { callServer })) as Payload;
  startTransition(() => setRoot(payload.root));
  return payload.returnValue;
}
// Flight references call `callServer`; actionc's stubs in client components call
// actionc/client's, which delegates here.
setServerCallback(callServer);

function Root({ initial }: { initial: ReactNode }) {
  const [root, set] = useState(initial);
  setRoot = set;
  return root;
}

const text = window.__FLIGHT_PAYLOAD__;
const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(text)); c.close(); } });
(createFromReadableStream(stream, { callServer }) as Promise<Payload>).then((payload) => {
  hydrateRoot(document.getElementById('root')!, <Root initial={payload.root} />, { formState: payload.formState ?? null });
});
