export default function Page({ limit }: { limit: number }) {
  async function* stream(from: number) {
    'use server';
    for (let i = from; i < limit; i++) yield i;
  }
  const ticks = async function* () {
    'use server';
    yield limit;
  };
  return [stream, ticks];
}
