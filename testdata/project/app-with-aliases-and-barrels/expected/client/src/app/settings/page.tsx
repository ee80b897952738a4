import ProfileForm from "@/components/ProfileForm";
import { deleteAccount } from "@/lib/actions/users";
export default async function Settings() {
  const billing = await import("@/lib/actions/billing");
  return <><ProfileForm /><form action={deleteAccount}><button>Delete account</button></form><form action={billing.default} /></>;
}
