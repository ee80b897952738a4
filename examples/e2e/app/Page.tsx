import { TodoForm } from './TodoForm';
import { store } from './store';

// A server component (rendered only in the RSC graph). `renameList` is an inline action
// capturing `owner`: actionc hoists it, binds the capture encrypted
// (encryptActionBoundArgs), and React Flight sends the reference with that blob as its
// bound argument. SSR renders the form's `$ACTION_REF_` fields from it; the browser posts
// the blob back (with or without JavaScript) and the hoisted action decrypts it.
export async function Page() {
  const owner = store.owner;
  async function renameList(formData: FormData) {
    'use server';
    const name = String(formData.get('name') ?? '').trim();
    if (name) store.listName = `${name} (by ${owner})`;
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
    </main>
  );
}
