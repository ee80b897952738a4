// An in-memory store standing in for a real database.
export interface Post {
  id: number;
  title: string;
  body: string;
}

export interface TodoItem {
  id: number;
  text: string;
  done: boolean;
}

const posts = new Map<number, Post>();
const todos = new Map<number, TodoItem>([
  [1, { id: 1, text: "Write the first post", done: false }],
  [2, { id: 2, text: "Ship actionc", done: false }],
]);
let nextId = 1;

export const db = {
  async listPosts(): Promise<Post[]> {
    return [...posts.values()];
  },
  async getPost(id: number): Promise<Post | undefined> {
    return posts.get(id);
  },
  async insertPost(title: string, body: string): Promise<Post> {
    const post = { id: nextId++, title, body };
    posts.set(post.id, post);
    return post;
  },
  async deletePost(id: number): Promise<boolean> {
    return posts.delete(id);
  },
  async listTodos(): Promise<TodoItem[]> {
    return [...todos.values()];
  },
  async setDone(id: number, done: boolean): Promise<void> {
    const item = todos.get(id);
    if (item) item.done = done;
  },
};
