// A server component: lists posts and renders the client-side form.
import { db } from "@/lib/db";
import { deletePost } from "@/app/actions/posts";
import PostForm from "@/components/PostForm";

export default async function Home() {
  const posts = await db.listPosts();
  return (
    <main>
      <h1>Blog</h1>
      <PostForm />
      <ul>
        {posts.map((post) => (
          <li key={post.id}>
            <a href={`/posts/${post.id}`}>{post.title}</a>
            <form action={deletePost.bind(null, post.id)}>
              <button type="submit">Delete</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
