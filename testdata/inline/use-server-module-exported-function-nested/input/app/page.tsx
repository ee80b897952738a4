import { makeDeleter } from './actions';

export default async function Page() {
  return <form action={await makeDeleter('1')} />;
}
