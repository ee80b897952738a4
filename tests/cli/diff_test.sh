#!/usr/bin/env bash
# The CI recipe: build before and after a change, `actionc diff --exit-code`. A change
# that exposes a new action (here: a page starts importing one that was stripped) must
# fail with exit status 1 and name it; a rebuild without changes must pass.
set -euo pipefail
# Plain output whatever the caller's environment asks for (docs/cli.md, Colour).
unset FORCE_COLOR NO_COLOR
actionc=$(realpath "$1")
fixture=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export ACTIONC_ENCRYPTION_KEY=$("$actionc" keygen)

cp -r "$fixture" "$work/app"
"$actionc" build "$work/app" --out "$work/before" --quiet
"$actionc" build "$work/app" --out "$work/again" --quiet
"$actionc" diff "$work/before/actions.manifest.json" "$work/again/actions.manifest.json" --exit-code > "$work/same.txt" ||
  fail "an unchanged rebuild changed the surface: $(cat "$work/same.txt")"

cat > "$work/app/src/app/admin.tsx" <<'TSX'
import { impersonate } from "@/lib/actions/users";
export default function Admin() { return <form action={impersonate.bind(null, "u1")} />; }
TSX
"$actionc" build "$work/app" --out "$work/after" --quiet
set +e
"$actionc" diff "$work/before/actions.manifest.json" "$work/after/actions.manifest.json" --exit-code > "$work/report.txt"
status=$?
set -e
[[ $status == 1 ]] || fail "exit status $status for a newly exposed action"
grep -qx "+ added   src/lib/actions/users.ts#impersonate" "$work/report.txt" || fail "report: $(cat "$work/report.txt")"
# The audit's findings on it are new too: the gate names the unauthenticated endpoint.
grep -qx "! audit   src/lib/actions/users.ts#impersonate: audit-auth (a new action without an auth check)" "$work/report.txt" ||
  fail "no new audit-auth finding: $(cat "$work/report.txt")"
"$actionc" diff "$work/before/actions.manifest.json" "$work/after/actions.manifest.json" --json |
  grep -q '"export": "impersonate"' || fail "--json does not list the added action"
# Without --exit-code the diff only reports.
"$actionc" diff "$work/before/actions.manifest.json" "$work/after/actions.manifest.json" > /dev/null || fail "diff without --exit-code failed"

# A finding that appears on an action already public fails the gate, though the surface is
# unchanged: an authentication check removed from an action that had one.
cp -r "$fixture" "$work/guarded"
cat > "$work/guarded/src/lib/actions/users.ts" <<'TS'
'use server';
import { auth } from "@clerk/nextjs/server";
import { db } from "../db";

export async function updateProfile(name: string, bio?: string) { await auth.protect(); return db.query("update", name, bio); }
export async function deleteAccount() { await auth.protect(); return db.query("delete account"); }
export const impersonate = async (userId: string) => db.query("impersonate", userId);
TS
"$actionc" build "$work/guarded" --out "$work/guarded-before" --quiet
sed -i 's/await auth.protect(); return db.query("delete account")/return db.query("delete account")/' "$work/guarded/src/lib/actions/users.ts"
"$actionc" build "$work/guarded" --out "$work/guarded-after" --quiet
set +e
"$actionc" diff "$work/guarded-before/actions.manifest.json" "$work/guarded-after/actions.manifest.json" --exit-code > "$work/unguarded.txt"
status=$?
set -e
[[ $status == 1 ]] || fail "exit status $status for an action that lost its authentication check"
grep -qx "! audit   src/lib/actions/users.ts#deleteAccount: audit-auth (now without an auth check)" "$work/unguarded.txt" ||
  fail "report: $(cat "$work/unguarded.txt")"
grep -q "the public surface is unchanged; 1 new audit finding" "$work/unguarded.txt" || fail "summary: $(cat "$work/unguarded.txt")"
"$actionc" diff "$work/guarded-before/actions.manifest.json" "$work/guarded-after/actions.manifest.json" --json |
  grep -q '"code": "audit-auth"' || fail "--json does not list the new finding"
echo "diff: all checks passed"
