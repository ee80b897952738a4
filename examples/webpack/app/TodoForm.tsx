'use client';
import { useActionState, useEffect, useState } from 'react';
import { addTodo, increment } from './actions';

// Client components using module-level actions through actionc's client stubs: a plain
// form action, and useActionState (whose no-JavaScript post React's decodeAction and
// decodeFormState resolve through the React server manifest actionc's webpack plugin emits).
export function TodoForm() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [count, countAction] = useActionState(increment, 0);
  return (
    <>
      <form id="add" action={addTodo} data-hydrated={hydrated ? 'yes' : 'no'}>
        <input name="title" aria-label="title" />
        <button type="submit">Add</button>
      </form>
      <form id="count" action={countAction}>
        <input type="hidden" name="step" value="1" />
        <output id="count-value">{count}</output>
        <button type="submit">+1</button>
      </form>
    </>
  );
}
