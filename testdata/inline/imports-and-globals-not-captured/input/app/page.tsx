import { db } from '../lib/db';
import * as log from '../lib/log';
import Default from '../lib/log';

const TABLE = 'posts';
let counter = 0;
function helper(x: string) {
  return x.trim();
}
class Repo {}

export default function Page({ id }: { id: string }) {
  const save = async () => {
    'use server';
    counter = counter + 1;
    log.info(Default, new Repo(), helper(TABLE));
    console.log(JSON.stringify({ at: Date.now(), env: process.env.NODE_ENV, undeclaredGlobal }));
    return db.save(TABLE, id);
  };
  return <form action={save} />;
}
