'use client';

import { useTransition } from "react";
import type { TodoItem } from "@/lib/db";
import { completeItem } from "@/app/actions/todos";

export default function TodoItemRow({ item }: { item: TodoItem }) {
  const [pending, startTransition] = useTransition();
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={item.done}
          disabled={pending}
          onChange={(event) => startTransition(() => completeItem(item.id, event.target.checked))}
        />
        {item.text}
      </label>
    </li>
  );
}
