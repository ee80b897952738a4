'use server';
import { journal } from './journal';

/** A form with a file: React calls it with the FormData (actionc's codec sends it multipart). */
export async function upload(formData: FormData): Promise<void> {
  const file = formData.get('attachment') as File;
  journal.uploads.push({ title: String(formData.get('title')), name: file.name, type: file.type, text: await file.text(), at: new Date() });
}

/** The last upload as the server stored it: a Date and a Map come back to the browser. */
export async function lastUpload(): Promise<Map<string, unknown> | undefined> {
  const last = journal.uploads.at(-1);
  return last && new Map<string, unknown>(Object.entries(last));
}

/** Whatever the browser sends, sent back: the codec both ways. */
export async function echo(...values: unknown[]): Promise<unknown[]> {
  return values;
}

/** Records when it starts and ends: the order shows whether calls overlapped. */
export async function step(label: string, ms: number): Promise<string[]> {
  journal.steps.push(`start ${label}`);
  await new Promise((resolve) => setTimeout(resolve, ms));
  journal.steps.push(`end ${label}`);
  return [...journal.steps];
}

/** The test edits this line while the dev server runs. */
export async function version(): Promise<string> {
  return 'v1';
}

/** The test deletes this action while the page is open: a stale deployment. */
export async function retired(): Promise<string> {
  return 'still here';
}
