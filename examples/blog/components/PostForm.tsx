'use client';

import { useActionState } from "react";
import { createPost, type FormState } from "@/app/actions/posts";

export default function PostForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(createPost, {});
  return (
    <form action={formAction}>
      <input name="title" placeholder="Title" />
      <textarea name="body" placeholder="Say something" />
      <button type="submit" disabled={pending}>Publish</button>
      {state.error && <p role="alert">{state.error}</p>}
    </form>
  );
}
