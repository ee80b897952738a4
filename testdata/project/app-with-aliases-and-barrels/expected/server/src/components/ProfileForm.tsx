'use client';
import { saveProfile } from "@/lib/actions/reexports";
export default function ProfileForm() { return <form action={async (fd: FormData) => { await saveProfile(String(fd.get("name"))); }}><input name="name" /></form>; }
