// Hydration from the injected payload; server functions called through Flight
// (encodeReply → POST with x-rsc-action → createFromFetch), the page re-rendered from
// the answer. actionc's stubs are plugin-rsc's React references, so they use this too.
import { createFromFetch, createFromReadableStream, createTemporaryReferenceSet, encodeReply, setServerCallback } from '@vitejs/plugin-rsc/browser';
import { rscStream } from 'rsc-html-stream/client';
import { hydrateRoot } from 'react-dom/client';
import { startTransition, useEffect, useState } from 'react';
import type { RscPayload } from './entry.rsc';

async function main() {
  let setPayload: (payload: RscPayload) => void = () => {};
  const initial = await createFromReadableStream<RscPayload>(rscStream);

  function BrowserRoot() {
    const [payload, set] = useState(initial);
    useEffect(() => {
      setPayload = (next) => startTransition(() => set(next));
    }, []);
    return payload.root;
  }

  setServerCallback(async (id, args) => {
    const temporaryReferences = createTemporaryReferenceSet();
    const response = await fetch(location.href, {
      method: 'POST',
      headers: { 'x-rsc-action': id, accept: 'text/x-component' },
      body: await encodeReply(args, { temporaryReferences }),
    });
    if (!response.ok) throw Object.assign(new Error(`Server Action failed (HTTP ${response.status}): ${await response.text()}`), { status: response.status });
    const payload = await createFromFetch<RscPayload>(Promise.resolve(response), { temporaryReferences });
    setPayload(payload);
    return payload.returnValue;
  });

  hydrateRoot(document, <BrowserRoot />, { formState: initial.formState });
}

main();
