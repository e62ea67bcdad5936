// Preloaded into a child process (--import) by tests that bound its memory: at exit, the peak
// resident set size in kB goes to the file MAX_RSS_FILE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.MAX_RSS_FILE) writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
