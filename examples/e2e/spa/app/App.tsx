import { useState } from 'react';
import { UnknownServerActionError } from 'actionc/client';
import { echo, lastUpload, retired, step, upload, version } from './actions';

// Everything a React app passes, sent with the default transport and sent back.
const sample = () => ({
  when: new Date('2026-03-04T05:06:07.089Z'),
  map: new Map<unknown, unknown>([['a', 1], [2, new Set(['x', 3n])]]),
  big: 2n ** 70n,
  nothing: undefined,
  bytes: new Uint8Array([0, 127, 255]),
  floats: new Float32Array([0.5, -2]),
  nested: [[1, [2, [undefined]]], { deep: { list: [new Date(0)] } }],
  dollar: '$not-a-tag',
});

// Structural equality that knows the codec's types (so the page can judge the round trip).
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof Map) return a.size === (b as Map<unknown, unknown>).size && [...a].every(([k, v], i) => { const [k2, v2] = [...(b as Map<unknown, unknown>)][i]; return same(k, k2) && same(v, v2); });
  if (a instanceof Set) return same([...a], [...(b as Set<unknown>)]);
  if (ArrayBuffer.isView(a)) return same([...(a as unknown as ArrayLike<number>)], [...(b as unknown as ArrayLike<number>)]);
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function App() {
  const [status, setStatus] = useState<Record<string, string>>({});
  const show = (key: string, value: string) => setStatus((s) => ({ ...s, [key]: value }));

  async function roundTrip() {
    const sent = sample();
    const back = await echo(sent, undefined, 'second');
    show('echo', same(back, [sample(), undefined, 'second']) ? 'equal' : `different: ${String(back)}`);
  }
  async function readUpload() {
    const last = await lastUpload();
    const at = last?.get('at');
    show('upload', last instanceof Map && at instanceof Date ? `${last.get('title')}|${last.get('name')}|${last.get('type')}|${last.get('text')}|date` : 'missing');
  }
  async function threeSteps() {
    const calls = [step('a', 200), step('b', 10), step('c', 10)];
    show('steps', (await Promise.all(calls)).at(-1)!.join(','));
  }
  async function callRetired() {
    try {
      show('retired', await retired());
    } catch (error) {
      show('retired', error instanceof UnknownServerActionError ? `stale ${error.status}: reload the page` : `other: ${String(error)}`);
    }
  }

  return (
    <main>
      <form id="upload" action={upload}>
        <input name="title" aria-label="title" />
        <input name="attachment" type="file" aria-label="attachment" />
        <button type="submit">Upload</button>
      </form>
      <button id="read-upload" onClick={readUpload}>Read upload</button>
      <button id="echo" onClick={roundTrip}>Echo</button>
      <button id="steps" onClick={threeSteps}>Three steps</button>
      <button id="version" onClick={async () => show('version', await version())}>Version</button>
      <button id="retired" onClick={callRetired}>Retired</button>
      <dl>
        {Object.entries(status).map(([key, value]) => (
          <div key={key}><dt>{key}</dt><dd id={`status-${key}`}>{value}</dd></div>
        ))}
      </dl>
    </main>
  );
}
