import { auth } from '@/lib/auth';
import { updatePostRow } from '@/lib/posts';
import { requireUser } from '@/lib/session';
import {
  archivePost,
  deletePost,
  likePost,
  peekPost,
  pinPost,
  purgePost,
  renamePost,
  reportPost,
  sharePost,
  startSignUp,
} from './posts/actions';

export default async function Page() { var hide = $$ACTION_Page$hide; var star = $$ACTION_Page$star;
  const session = await auth();
  if (!session) return null;

  // Rendering checked the session, but the action is an endpoint of its own.
  

  

  const all = [archivePost, deletePost, likePost, peekPost, pinPost, purgePost, renamePost, reportPost, sharePost, startSignUp];
  return (
    <form action={hide} data-count={all.length}>
      <button formAction={star}>Star</button>
    </form>
  );
}

export async function $$ACTION_Page$hide(formData: FormData) {
    'use server';
    await updatePostRow(String(formData.get('id')), 'hide');
  }
export async function $$ACTION_Page$star(formData: FormData) {
    'use server';
    await requireUser();
    await updatePostRow(String(formData.get('id')), 'star');
  }
import { registerServerReference } from "actionc/server";
registerServerReference($$ACTION_Page$hide, "z6gLqcQ_e1V9JoFVdep9w_dSr6MXSIuJ53UiL3OPPxjo7uVTVeBiQxlYht0UojTJZ5uy", "$$ACTION_Page$hide");
registerServerReference($$ACTION_Page$star, "z6gL0BguYK1wFkTnbB0SwtRvLGH8X4lYFn4g82FTwSy3maH7hdxO1GIXiNXG-4NGHRLa", "$$ACTION_Page$star");
//# sourceMappingURL=page.tsx.map
