'use client';
import { useEffect, useState } from 'react';
import { addTodo } from './actions';

// A client component using a module-level action. `addTodo` here is actionc's client stub
// (createServerReference from actionc/client): with JavaScript React calls it with the
// form's FormData (the app's Flight transport, set with setServerCallback); during SSR
// React asks it for $$FORM_ACTION and renders the hidden `$ACTION_ID_<id>` field itself,
// so the form also posts without JavaScript.
export function TodoForm() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <form id="add" action={addTodo} data-hydrated={hydrated ? 'yes' : 'no'}>
      <input name="title" aria-label="title" />
      <button type="submit">Add</button>
    </form>
  );
}
