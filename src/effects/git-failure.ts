// git reports HTTP failures as text; this maps that text to the seed's catalog, per operation.
import { MirrorError, reasonForStatus, reasonsFor, type Reason, type Verb } from '../common/errors.js';
import { lastLines } from '../common/text.js';
import type { RunResult } from './exec.js';

/** Lines of git's that say nothing about why it failed. */
const GIT_CHATTER = /^(hint:|To |Everything up-to-date)/;

/** A rejected ref update: the lease did not hold, or the server refused a non-fast-forward. */
const REJECTED =
  /\[rejected\]|\(fetch first\)|\(stale info\)|\(non-fast-forward\)|\[remote rejected\][^\n]*(?:already exists|failed to (?:update|lock) ref|cannot lock ref|stale|reference already exists)/i;

export function isLeaseRejection(text: string): boolean {
  return REJECTED.test(text);
}

/** The catalog reason for a failed git command, or undefined when the text names none. */
export function reasonOf(verb: Verb, text: string): Reason | undefined {
  if (isLeaseRejection(text)) return verb === 'create' ? 'AlreadyExists' : 'Conflict';
  if (/Large files detected|exceeds GitHub's file size limit|GH001|file size limit|too large/i.test(text)) return 'RequestEntityTooLarge';
  // GitHub's GH006 and GitLab's pre-receive refusals: the token may not write to this branch.
  if (/protected branch|not allowed to (?:push|force push|delete)|pre-receive hook declined|GH006/i.test(text)) return 'Forbidden';
  const status = /returned error: (\d{3})|HTTP (\d{3})\b|error: RPC failed; HTTP (\d{3})/.exec(text);
  const code = Number(status?.[1] ?? status?.[2] ?? status?.[3] ?? 0);
  if (code === 500) return /timed? ?out/i.test(text.replace(/returned error: 500/g, '')) ? 'ServerTimeout' : 'InternalError';
  if (code === 409) return 'Conflict';
  if (code === 410) return verb === 'delete' ? 'Expired' : 'Gone';
  const byStatus = reasonForStatus(code);
  if (byStatus) return byStatus;
  if (/Authentication failed|could not read (?:Username|Password)|terminal prompts disabled|Invalid username or password/i.test(text))
    return 'Unauthorized';
  if (/Permission to .* denied|permission denied|access denied|forbidden/i.test(text)) return 'Forbidden';
  if (/Repository not found|repository '.*' not found|does not appear to be a git repository/i.test(text)) return 'NotFound';
  if (/Operation too slow|timed out|Timeout was reached/i.test(text)) return 'Timeout';
  if (
    /Could not resolve host|Failed to connect|Connection refused|Connection reset|Empty reply from server|unexpected disconnect|the remote end hung up|early EOF|SSL_ERROR|gnutls_handshake/i.test(
      text,
    )
  ) {
    return 'ServiceUnavailable';
  }
  return undefined;
}

/** The error for a failed git command on the mirror: reason, code, operation and branch, and git's own words. */
export function gitFailure(verb: Verb, resource: string, result: RunResult, what: string): MirrorError {
  const text = `${result.stderr}\n${result.stdout}`;
  if (result.timedOut) {
    return new MirrorError('Timeout', `${what} did not finish in time.`, { verb, resource });
  }
  const reason = reasonOf(verb, text) ?? 'InternalError';
  const said = lastLines(result.stderr || result.stdout, 3, { trim: true, skip: GIT_CHATTER, separator: ' / ', maxChars: 500 });
  // A push starts with a GET of the repository's refs; a 404 or 410 there is that get failing.
  const op = reasonsFor(verb).includes(reason) ? verb : 'get';
  return new MirrorError(reason, `${what} failed${said ? ` (git: ${said})` : ''}.`, { verb: op, resource, hint: hintFor(reason) });
}

function hintFor(reason: Reason): string | undefined {
  switch (reason) {
    case 'Unauthorized':
      return 'Check mirror-token (and mirror-username: GitLab wants oauth2, GitHub any name with a token that has contents:write).';
    case 'Forbidden':
      return 'The token is valid but may not write to this repository or branch (protected branch, missing scope).';
    case 'NotFound':
      return 'Check mirror-repo: the repository must exist and the token must see it.';
    case 'RequestEntityTooLarge':
      return "A file is over the server's size limit (GitHub refuses files over 100 MB; grpc.tar.gz often is): use a GitLab mirror or raise the limit.";
    case 'AlreadyExists':
      return 'Another run created the branch first; run again with if-exists: skip or overwrite.';
    case 'Conflict':
      return 'The branch changed since it was checked; run again to build on the new state.';
    default:
      return undefined;
  }
}
