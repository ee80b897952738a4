'use client';
import { useEffect, useState } from 'react';
import { addMessage } from './action';

// A client component using a module-level action: `addMessage` is actionc's stub.
export function MessageForm() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <form id="message" action={addMessage} data-hydrated={hydrated ? 'yes' : 'no'}>
      <input name="message" aria-label="message" />
      <button type="submit">Send</button>
    </form>
  );
}
