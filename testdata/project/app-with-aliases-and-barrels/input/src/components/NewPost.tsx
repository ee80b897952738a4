'use client';
import { useTransition } from "react";
export default function NewPost({ onCreate }: { onCreate: (title: string) => Promise<unknown> }) {
  const [pending, start] = useTransition();
  return <button disabled={pending} onClick={() => start(() => onCreate("hello"))}>New</button>;
}
