import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { deletePost } from "@/app/actions/posts";

export default async function PostPage({ params }: { params: { id: string } }) {
  const post = await db.getPost(Number(params.id));
  if (!post) notFound();

  // An inline server action: `post` is captured, so it travels to the browser encrypted
  // and comes back with the form post, authenticated for this action alone.
  async function appendNote(formData: FormData) {
    "use server";
    const note = String(formData.get("note") ?? "").trim();
    if (note) await db.insertPost(`${post.title} (note)`, note);
  }

  return (
    <article>
      <h1>{post.title}</h1>
      <p>{post.body}</p>
      <form action={appendNote}>
        <input name="note" placeholder="Add a note" />
        <button type="submit">Add note</button>
      </form>
      <form action={deletePost.bind(null, post.id)}>
        <button type="submit">Delete</button>
      </form>
    </article>
  );
}
