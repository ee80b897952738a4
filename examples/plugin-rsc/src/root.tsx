import { addMessage, getMessages, getServerCounter, updateServerCounter } from './action';
import { MessageForm } from './client';

export function Root() {
  return (
    <html lang="en">
      <head>
        <meta charSet="UTF-8" />
        <link rel="icon" href="data:," />
        <title>actionc + plugin-rsc</title>
      </head>
      <body>
        <App />
      </body>
    </html>
  );
}

// A server component: a module action bound on the server (as plugin-rsc's starter does),
// a client component's form, and an inline action whose captures (a string, a Date, a Map
// and another action) travel encrypted with actionc's codec.
async function App() {
  const owner = 'owner-91c4';
  const since = new Date(Date.UTC(2026, 4, 6));
  const limits = new Map([['max', 9n]]);
  const record = addMessage;
  async function sign(formData: FormData) {
    'use server';
    const signed = new FormData();
    signed.set('message', `${String(formData.get('note'))} by ${owner} since ${since.toISOString().slice(0, 10)} max ${limits.get('max')}`);
    await record(signed);
  }
  return (
    <div id="root">
      <form id="counter" action={updateServerCounter.bind(null, 1)}>
        <button>Server Counter: {await getServerCounter()}</button>
      </form>
      <MessageForm />
      <form id="sign" action={sign}>
        <input name="note" aria-label="note" />
        <button type="submit">Sign</button>
      </form>
      <ul id="messages">
        {(await getMessages()).map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
