import { secretDb } from '../lib/secret';

export default function Page({ id }: { id: string }) {
  const SECRET_QUERY = 'DELETE FROM posts WHERE id = ?';
  async function remove() {
    'use server';
    const inner = async () => {
      'use server';
      return secretDb.run('INNER_SECRET_MARKER', id);
    };
    return secretDb.run(SECRET_QUERY, id, 'OUTER_SECRET_MARKER', inner);
  }
  return <form action={remove} />;
}
