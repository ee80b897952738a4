export default function Page({ id }: { id: string }) {
  async function pick<T extends { id: string }, K extends keyof T = keyof T>(rows: T[], key: K): Promise<T[K][]> {
    'use server';
    return rows.filter((r) => r.id === id).map((r) => r[key]);
  }
  const first = async <T,>(xs: readonly T[], fallback?: T): Promise<T | undefined> => {
    'use server';
    return xs[0] ?? fallback;
  };
  return [pick, first];
}
