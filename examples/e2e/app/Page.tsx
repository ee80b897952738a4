import { TodoForm } from './TodoForm';
import { addTodo } from './actions';
import { store } from './store';

// A server component (rendered only in the RSC graph). `renameList` is an inline action
// capturing `owner`: actionc hoists it, binds the capture encrypted
// (encryptActionBoundArgs), and React Flight sends the reference with that blob as its
// bound argument. SSR renders the form's `$ACTION_REF_` fields from it; the browser posts
// the blob back (with or without JavaScript) and the hoisted action decrypts it.
// `stamp` captures what JSON cannot carry — a Date, a Map holding a BigInt, a Set — and
// another server action (`record`): actionc's codec encodes the captures, so they come
// back as themselves and the captured action is callable on the server.
export async function Page() {
  const owner = store.owner;
  async function renameList(formData: FormData) {
    'use server';
    const name = String(formData.get('name') ?? '').trim();
    if (name) store.listName = `${name} (by ${owner})`;
  }
  const since = new Date(Date.UTC(2026, 0, 2));
  const limits = new Map([['max', 3n]]);
  const tags = new Set(['a', 'b']);
  const record = addTodo;
  async function stamp(formData: FormData) {
    'use server';
    const title = new FormData();
    title.set('title', `${String(formData.get('note'))} @${since.toISOString().slice(0, 10)} max=${limits.get('max')! + 1n} tags=${[...tags].join('+')}`);
    await record(title);
  }
  return (
    <main>
      <h1 id="list-name">{store.listName}</h1>
      <TodoForm />
      <ul id="todos">
        {store.todos.map((todo, i) => (
          <li key={i}>{todo}</li>
        ))}
      </ul>
      <form id="rename" action={renameList}>
        <input name="name" aria-label="list name" />
        <button type="submit">Rename</button>
      </form>
      <form id="stamp" action={stamp}>
        <input name="note" aria-label="note" />
        <button type="submit">Stamp</button>
      </form>
    </main>
  );
}
