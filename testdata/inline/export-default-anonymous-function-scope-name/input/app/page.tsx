export default function ({ id }: { id: string }) {
  return <form action={async () => { 'use server'; return id; }} />;
}
