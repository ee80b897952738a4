import { db } from "@/lib/db";
import TodoItemRow from "@/components/TodoItem";

export default async function Todos() {
  const items = await db.listTodos();
  return (
    <ul>
      {items.map((item) => (
        <TodoItemRow key={item.id} item={item} />
      ))}
    </ul>
  );
}
