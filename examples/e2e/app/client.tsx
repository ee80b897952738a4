import { hydrateRoot } from 'react-dom/client';
import { App } from './App';

declare global {
  interface Window { __TODOS__: string[] }
}
hydrateRoot(document.getElementById('root')!, <App initial={window.__TODOS__} />);
