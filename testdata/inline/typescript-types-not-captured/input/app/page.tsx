type Mode = 'a' | 'b';
interface Row {
  id: string;
}

export default function Page({ id, config, limit }: { id: string; config: { mode: Mode }; limit: number }) {
  type Local = typeof config.mode;
  const template = { size: 1 };
  const act = async (mode: Mode, row: Row): Promise<Row[]> => {
    'use server';
    const size: typeof template.size = 2;
    const local: Local | undefined = undefined;
    const copy: typeof id = id;
    const rows = [row] as Array<Row>;
    const m = mode satisfies Mode;
    const r = <T,>(x: T): T => x;
    return r<Row[]>(rows.filter((x): x is Row => x.id === copy && m !== local && size > 0 && limit! > 0));
  };
  return <form action={act} />;
}
