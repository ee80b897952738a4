import { renderToString } from 'react-dom/server';
import { App } from './App';
import { addTodo } from './actions';
import { todos } from './store';

/** Modules of the server layer by manifest `module` path: how the server finds an action. */
export const actionModules: Record<string, Record<string, unknown>> = { 'app/actions.ts': { addTodo } };

export function render(): { html: string; todos: string[] } {
  return { html: renderToString(<App initial={[...todos]} />), todos: [...todos] };
}
