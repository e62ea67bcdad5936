// How much the test run prints of its reports. By default one line each (and the path of the file
// that holds the whole report); `REPORT=full npm test` prints the tables too.
export const FULL_REPORT = process.env.REPORT === 'full';

/** Where the runs write their reports: git-ignored, so a test run leaves `git status` clean. */
export const REPORTS_DIR = new URL('../../reports/', import.meta.url);
