import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { deletePost } from "@/app/actions/posts";

export default async function PostPage({ params }: { params: { id: string } }) {
  const post = await db.getPost(Number(params.id));
  if (!post) notFound();
  return (
    <article>
      <h1>{post.title}</h1>
      <p>{post.body}</p>
      <form action={deletePost.bind(null, post.id)}>
        <button type="submit">Delete</button>
      </form>
    </article>
  );
}
