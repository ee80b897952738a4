import { requireUser } from './session';

// Creates actions that check the user before they run.
export function authedAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A) => {
    await requireUser();
    return fn(...args);
  };
}
