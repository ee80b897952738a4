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

import { registerServerReference } from "actionc/server";
registerServerReference(throughProjectValidator, "z6gLUTvaVyN1coSlhL7xCuJSCaE4G4i2PUtO1mI8Gd1pVdzcvfbaVyhJsPm4j6Cq9BDKs4KsOmdHuQ", "throughProjectValidator");
registerServerReference(unusedParameter, "z6gLnzcsBplxiPVWdpoQQ4lN6PN6Je4GH1dLkF2k1qfsfdCPzgH548vDdNHEPFkA3Bo", "unusedParameter");
registerServerReference(unvalidatedFields, "z6gLrrokPVOptShiKPdS463cmIQfR9Zwx5lCAXebC0i1zjroVe9XaPQRe-zfPBiTE4XHWA", "unvalidatedFields");
registerServerReference(unvalidatedId, "z6gLfQ9SHZdvflzm10IO3UWv1L6oe2cNcbSE15CNR-cb4Mh4WkSv3XEQ3J0nBM-C", "unvalidatedId");
registerServerReference(withCoercion, "z6gL1Km6ABqW19QmQem7BcDwPj26kcSdI3xD0aTmRhJapYOCu9n9BoqdP8p4haA", "withCoercion");
registerServerReference(withConform, "z6gLlABUnqTXdT8Ghus3rDwyEKYDoZI4iHIbuA7ZVkOUb0Jh2VEIwBrMA9nb_A", "withConform");
registerServerReference(withSafeParseOfFormData, "z6gLbUV_hUolxzeYjj2ft-HZPO6bdJz_tOG50Q5H1pjweIZdo5wrSdtqHPtGbCpDjVq2n4wTNaujYQ", "withSafeParseOfFormData");
registerServerReference(withSchemaStep, "z6gLtU3SY6egwN3smZuv0i8Zc6YoTtR88eMlYwyhx-qcAh8Ta5awLdEl11BiYXpoAA", "withSchemaStep");
registerServerReference(withTypeof, "z6gLD5LkNZVZvRKldXhoql7kgTZXYsLidwNvzHpn31ObsddBaOfwFcxgD0eb", "withTypeof");
registerServerReference(withValibot, "z6gL7r0lVKCXG9b12Z0PTKmo28dpEDbcTq_iN3t6XrXxOlhEg4QifE6vmsDMsw", "withValibot");
registerServerReference(withZod, "z6gL0aiy5sjHNpfS4Br_zWROQmmHzUG5jBLWhjUSh1csDInmGmnY0vzP", "withZod");
registerServerReference(withoutSchemaStep, "z6gLEqFBNbIZJRy5yxf1LXQg5GMaAUI4tVHouvfR_2NzLRiFJPFCOP8fhhRDLd88wB_Axw", "withoutSchemaStep");
//# sourceMappingURL=actions.ts.map
