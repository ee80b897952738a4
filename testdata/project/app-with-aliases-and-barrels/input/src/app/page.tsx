import { createPost } from "@actions";
import NewPost from "@/components/NewPost";
export default function Home() { return <main><NewPost onCreate={createPost} /></main>; }
