import { billing } from "@/lib/actions";
export default function Dashboard() { return <form action={billing.upgradePlan.bind(null, "pro")}><button>Upgrade</button></form>; }
