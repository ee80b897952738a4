export default function Page({ limit }: { limit: number }) { var search = $$ACTION_Page$search.bind(null, encryptActionBoundArgs("z6gL5TrH9wEAKyrS0vtTL4nYyOqpoLJUmkU8Y7QCme9FwMSbr2AaKeQiu4IE0_oPa-PfEk8", () => [limit]));
  
  return <form action={search} />;
}

export async function $$ACTION_Page$search($$bound: unknown, ...$$args: any[]) {
    'use server'; const [limit] = await decryptActionBoundArgs("z6gL5TrH9wEAKyrS0vtTL4nYyOqpoLJUmkU8Y7QCme9FwMSbr2AaKeQiu4IE0_oPa-PfEk8", $$bound) as [({ limit: number })["limit"]]; var [query, max = limit, ...tags] = $$args;
    return [query.slice(0, max), tags];
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$search, "z6gL5TrH9wEAKyrS0vtTL4nYyOqpoLJUmkU8Y7QCme9FwMSbr2AaKeQiu4IE0_oPa-PfEk8", "$$ACTION_Page$search");
//# sourceMappingURL=page.tsx.map
