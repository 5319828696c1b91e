import { describe, expect, it } from 'vitest';
import { defaultServer, formatLiveLink, httpOf, parseLiveLink } from './sessionLink';

describe('live-session links', () => {
  const link = { room: 'Ab3_-xYz90qq', token: 'tok_ABCDEFGHIJKLMNOP', server: 'ws://127.0.0.1:4567' };

  it('round-trip through the fragment', () => {
    const url = formatLiveLink('http://127.0.0.1:4391/?lang=zh#model=old', link);
    expect(url.startsWith('http://127.0.0.1:4391/?lang=zh#live=')).toBe(true);
    expect(parseLiveLink(new URL(url).hash)).toEqual(link);
  });

  it('refuse what is not a live link: missing parts, odd room names, script URLs', () => {
    expect(parseLiveLink('#model=abc')).toBeNull();
    expect(parseLiveLink('#live=../x&token=abcdefghij&server=ws://h:1')).toBeNull();
    expect(parseLiveLink('#live=abcdefgh&token=abcdefghij&server=javascript:alert(1)')).toBeNull();
    expect(parseLiveLink('#live=abcdefgh&token=abcdefghij&server=http://h:1')).toBeNull();
    expect(parseLiveLink('#live=abcdefgh&token=short&server=ws://h:1')).toBeNull();
  });

  it('find the server on the page host by default, or as configured', () => {
    expect(defaultServer({ protocol: 'http:', hostname: 'lab.example' })).toBe('ws://lab.example:1234');
    expect(defaultServer({ protocol: 'https:', hostname: 'lab.example' })).toBe('wss://lab.example:1234');
    expect(defaultServer({ protocol: 'http:', hostname: 'x' }, 'wss://collab.example/y')).toBe('wss://collab.example/y');
    expect(httpOf('wss://collab.example/')).toBe('https://collab.example');
  });
});
