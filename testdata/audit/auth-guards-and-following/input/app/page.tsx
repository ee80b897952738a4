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

export default async function Page() {
  const session = await auth();
  if (!session) return null;

  // Rendering checked the session, but the action is an endpoint of its own.
  async function hide(formData: FormData) {
    'use server';
    await updatePostRow(String(formData.get('id')), 'hide');
  }

  async function star(formData: FormData) {
    'use server';
    await requireUser();
    await updatePostRow(String(formData.get('id')), 'star');
  }

  const all = [archivePost, deletePost, likePost, peekPost, pinPost, purgePost, renamePost, reportPost, sharePost, startSignUp];
  return (
    <form action={hide} data-count={all.length}>
      <button formAction={star}>Star</button>
    </form>
  );
}
