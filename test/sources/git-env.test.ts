import { describe, expect, it } from 'vitest';
import { gitEnv } from '../../src/sources/git.js';

describe('gitEnv', () => {
  it('makes a relative GIT_INDEX_FILE absolute against the directory the hook runs in, takes no optional lock, never fetches and shows objects as they are', () => {
    const env = gitEnv('/work/repo', { GIT_INDEX_FILE: '.git/next-index-42.lock', PATH: '/bin', GIT_ALLOW_PROTOCOL: 'ssh' });
    expect(env).toEqual({
      GIT_INDEX_FILE: '/work/repo/.git/next-index-42.lock',
      PATH: '/bin',
      GIT_OPTIONAL_LOCKS: '0',
      GIT_TERMINAL_PROMPT: '0',
      GIT_NO_LAZY_FETCH: '1',
      GIT_ALLOW_PROTOCOL: 'none',
      GIT_NO_REPLACE_OBJECTS: '1',
      GIT_GRAFT_FILE: '/dev/null',
    });
  });

  it('leaves an absolute GIT_INDEX_FILE, and its absence, alone', () => {
    expect(gitEnv('/work/repo', { GIT_INDEX_FILE: '/tmp/x.lock' }).GIT_INDEX_FILE).toBe('/tmp/x.lock');
    expect(gitEnv('/work/repo', {}).GIT_INDEX_FILE).toBeUndefined();
  });
});
