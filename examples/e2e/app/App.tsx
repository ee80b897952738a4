import { useEffect, useState } from 'react';
import { addTodo } from './actions';

// The form works with and without JavaScript. Without it the browser posts multipart form
// data carrying React's field encoding `$ACTION_ID_<id>` (what React emits for a server
// action bound to a form); the server finds the action from that field and re-renders.
// With JavaScript, onSubmit calls the action through its client stub (actionc/client's
// callServer: POST with the `Next-Action` header) and re-renders from the result.
const actionId = (addTodo as unknown as { $$id: string }).$$id;

export function App({ initial }: { initial: string[] }) {
  const [todos, setTodos] = useState(initial);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <main data-hydrated={hydrated ? 'yes' : 'no'}>
      <h1>Todos</h1>
      <form
        method="post"
        encType="multipart/form-data"
        action="/"
        onSubmit={async (event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const title = String(new FormData(form).get('title') ?? '');
          setTodos(await addTodo({ title }));
          form.reset();
        }}
      >
        <input type="hidden" name={`$ACTION_ID_${actionId}`} value="" />
        <input name="title" aria-label="title" />
        <button type="submit">Add</button>
      </form>
      <ul id="todos">
        {todos.map((todo, i) => (
          <li key={i}>{todo}</li>
        ))}
      </ul>
    </main>
  );
}
