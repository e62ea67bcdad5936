import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface Section {
  title: string;
  /** A few words for the one line printed after the run: how many of what ("174 fault cases"). */
  summary: string;
  /** The section's Markdown, for reports/RELIABILITY.md. */
  lines: string[];
}

/** Hands a section of the report to the global teardown, which writes reports/RELIABILITY.md. */
export function report(section: Section): void {
  writeFileSync(join(inject('reliabilityResults'), `${section.title.replace(/\W+/g, '-')}.json`), JSON.stringify(section));
}

/** Active sockets, servers and timers, by kind: what a case may not leave behind. */
export function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (kind === 'TCPSocketWrap' || kind === 'TCPServerWrap' || kind === 'Timeout') counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/**
 * Waits (bounded) until no kind of handle (or none of `kinds`) is above its count in `before`; returns
 * what is left over. It returns as soon as nothing is, so the bound only matters on a busy machine,
 * where closing takes longer.
 */
export async function leftover(
  before: Record<string, number>,
  { waitMs = 5000, kinds }: { waitMs?: number; kinds?: string[] } = {},
): Promise<Record<string, number>> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = activeHandles();
    const extra = Object.fromEntries(
      Object.entries(now)
        .filter(([k, v]) => v > (before[k] ?? 0) && (!kinds || kinds.includes(k)))
        .map(([k, v]) => [k, v - (before[k] ?? 0)]),
    );
    if (Object.keys(extra).length === 0 || Date.now() > deadline) return extra;
    await new Promise((r) => setTimeout(r, 20));
  }
}
