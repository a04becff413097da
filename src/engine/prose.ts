// Texts written as sentences for people: commit messages and documents. In prose a key is named by the
// sentence around it ("the old key was …"), not by a variable, so rules may weigh the sentence there.

/** How history names a commit message in reports (SPEC §3). */
export const COMMIT_MESSAGE_PATH = '(commit-message)';

const PROSE_FILE = /(?:^|\/)(?:[^/]*\.(?:md|markdown|mdx|txt|text|rst|adoc|asciidoc|org|wiki|textile)|(?:readme|changelog|changes|history|notes|todo|authors)(?:\.[^/]*)?)$/i;

/** Is the text at `path` prose: a commit message, or a document by its name? */
export function isProse(path: string): boolean {
  return path === COMMIT_MESSAGE_PATH || PROSE_FILE.test(path);
}
