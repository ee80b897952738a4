import { TodoForm } from './TodoForm';
import { store } from './store';

// A server component. `renameList` is an inline action capturing `owner`: actionc hoists
// it and binds the capture encrypted; React Flight sends the reference with that blob.
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
