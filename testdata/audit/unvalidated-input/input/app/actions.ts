'use server';
import { auth } from '@clerk/nextjs/server';
import { parseWithZod } from '@conform-to/zod';
import * as v from 'valibot';
import { z } from 'zod';
import { actionClient } from '@/lib/safe-action';
import { parsePost } from '@/lib/validate';

const Title = z.string().min(1);
const Form = z.object({ title: z.string() });

export async function withZod(title: string) {
  await auth.protect();
  return Title.parse(title);
}

export async function withSafeParseOfFormData(formData: FormData) {
  await auth.protect();
  const result = Form.safeParse(Object.fromEntries(formData));
  return result.success;
}

export async function withValibot(title: string) {
  await auth.protect();
  return v.parse(v.string(), title);
}

export async function withConform(formData: FormData) {
  await auth.protect();
  return parseWithZod(formData, { schema: Form }).status;
}

export async function withTypeof(count: unknown) {
  await auth.protect();
  if (typeof count !== 'number') throw new Error('count must be a number');
  return count + 1;
}

export async function withCoercion(page: string) {
  await auth.protect();
  return Number(page) * 10;
}

export async function throughProjectValidator(input: { title: string }) {
  await auth.protect();
  return parsePost(input).title;
}

export async function unusedParameter(_ignored: string) {
  await auth.protect();
  return 1;
}

export async function unvalidatedId(id: string) {
  await auth.protect();
  return `/posts/${id}`;
}

export async function unvalidatedFields(title: string, body: string, formData: FormData) {
  await auth.protect();
  return [title, body, formData.get('x')].join();
}

export const withSchemaStep = actionClient
  .schema(Form)
  .action(async ({ parsedInput }) => {
    await auth.protect();
    return parsedInput.title;
  });

export const withoutSchemaStep = actionClient.action(async (input: { title: string }) => {
  await auth.protect();
  return input.title;
});
