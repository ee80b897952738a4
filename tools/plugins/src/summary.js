// The line a build prints about its actions, as `actionc build` prints it: how many are
// live, how many stripped (no module imports them: no stub, no registration, no endpoint),
// and the first few stripped ones (`verbose: true` lists them all).
export const STRIPPED_SHOWN = 5;

/** The summary of a manifest's text, one string of one or more lines (no trailing newline). */
export function buildSummary(manifestText, { verbose = false } = {}) {
  const manifest = JSON.parse(manifestText);
  const stripped = (manifest.stripped ?? []).map((s) => `${s.module}#${s.export}`);
  const lines = [`actionc: ${manifest.actions?.length ?? 0} actions live, ${stripped.length} stripped`];
  const shown = verbose ? stripped.length : Math.min(stripped.length, STRIPPED_SHOWN);
  for (const name of stripped.slice(0, shown)) lines.push(`  stripped (no importer): ${name}`);
  if (shown < stripped.length) {
    lines.push(`  ... and ${stripped.length - shown} more stripped (verbose: true lists them all; the manifest's "stripped" has every one)`);
  }
  return lines.join('\n');
}
