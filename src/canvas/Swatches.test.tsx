// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { withAlpha } from '../model/colorAlpha';
import { KindSwatch } from './Swatches';

afterEach(cleanup);

describe('legend swatch with a short colour (issue 17, defect 8)', () => {
  it('#f00 gets a valid tinted fill (it used to be the invalid #f001f, so the fill stayed stale)', () => {
    const { container } = render(<KindSwatch color="#f00" shape="rounded" />);
    const swatch = container.querySelector('span') as HTMLSpanElement;
    // jsdom drops an invalid colour, exactly as a browser ignores it.
    expect(swatch.style.background).not.toBe('');
    expect(swatch.style.background).toMatch(/rgba\(255, 0, 0, 0\.12\d*\)|#ff00001f/);
  });

  it('withAlpha expands #rgb, keeps #rrggbb, and leaves anything else alone', () => {
    expect(withAlpha('#f00', '1f')).toBe('#ff00001f');
    expect(withAlpha('#A1b', '80')).toBe('#AA11bb80');
    expect(withAlpha('#1f4e79', '1f')).toBe('#1f4e791f');
    expect(withAlpha('red', '1f')).toBe('red');
  });
});
