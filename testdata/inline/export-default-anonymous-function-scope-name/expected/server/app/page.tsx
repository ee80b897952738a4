export default function ({ id }: { id: string }) {
  return <form action={$$ACTION_default$action.bind(null, encryptActionBoundArgs("z6gLz-oMzkozMsTIcKWkJvL0rdYTnUwMZ__au48_mYp8GDe_JSviWmwv3iOrn6TkHD0IuYAf4ow", () => [id]))} />;
}

export async function $$ACTION_default$action($$bound: unknown) { 'use server'; const [id] = await decryptActionBoundArgs("z6gLz-oMzkozMsTIcKWkJvL0rdYTnUwMZ__au48_mYp8GDe_JSviWmwv3iOrn6TkHD0IuYAf4ow", $$bound) as [({ id: string })["id"]]; return id; }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_default$action, "z6gLz-oMzkozMsTIcKWkJvL0rdYTnUwMZ__au48_mYp8GDe_JSviWmwv3iOrn6TkHD0IuYAf4ow", "$$ACTION_default$action");
//# sourceMappingURL=page.tsx.map
