import { deletePost } from "../../../lib/actions/posts";
import { searchPosts } from "@/lib/actions/reexports";
import * as comments from "@/lib/actions/comments";
export default async function BlogPost({ params }: { params: { slug: string } }) {
  const related = await searchPosts(params.slug);
  return <article><form action={deletePost.bind(null, 1)} /><form action={comments.addComment} />{JSON.stringify(related)}</article>;
}
