// The browser: hydrate the SSR HTML from the inlined Flight payload, and call Server
// Actions through Flight (encodeReply → POST with Next-Action → createFromFetch), then
// re-render from the payload the server answers with.
import './webpack-globals'; // first: react-server-dom-webpack reads them when evaluated
import { createFromFetch, createFromReadableStream, encodeReply } from 'react-server-dom-webpack/client.browser';
import { hydrateRoot } from 'react-dom/client';
import { startTransition, useState, type ReactNode } from 'react';
import { setServerCallback } from 'actionc/client';

declare global {
  interface Window { __FLIGHT_PAYLOAD__: string }
}

type Payload = { root: ReactNode; returnValue?: unknown };
let setRoot: (root: ReactNode) => void = () => {};

async function callServer(id: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(location.pathname, {
    method: 'POST',
    headers: { Accept: 'text/x-component', 'Next-Action': id },
    body: await encodeReply(args),
  });
  if (!response.ok) {
    const error = new Error(`Server Action failed (HTTP ${response.status}): ${await response.text()}`);
    (error as Error & { status: number }).status = response.status;
    throw error;
  }
  const payload = (await createFromFetch(Promise.resolve(response), { callServer })) as Payload;
  startTransition(() => setRoot(payload.root));
  return payload.returnValue;
}
// References from the payload call `callServer` (given to createFromFetch/…ReadableStream);
// actionc's stubs in client components call actionc/client's, which now delegates here.
setServerCallback(callServer);

function Root({ initial }: { initial: ReactNode }) {
  const [root, set] = useState(initial);
  setRoot = set;
  return root;
}

const text = window.__FLIGHT_PAYLOAD__;
const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(text)); c.close(); } });
(createFromReadableStream(stream, { callServer }) as Promise<Payload>).then((payload) => {
  hydrateRoot(document.getElementById('root')!, <Root initial={payload.root} />);
});
