import { describe, expect, it } from 'vitest';
import { imageFileName } from './fileNames';

const model = (title: string) => ({ meta: { title } });

describe('imageFileName', () => {
  it('keeps a Chinese title and names the resolution', () => {
    expect(imageFileName(model('宁波"1+X"理论模型'), 'png', { mode: 'scale', scale: 2 })).toBe('宁波1+X理论模型@2x.png');
    expect(imageFileName(model('图 2'), 'png', { mode: 'dpi', dpi: 300 })).toBe('图-2-300dpi.png');
    expect(imageFileName(model('图 2'), 'png', { mode: 'scale', scale: 1 })).toBe('图-2.png');
    expect(imageFileName(model('图 2'), 'svg', { mode: 'dpi', dpi: 300 })).toBe('图-2.svg');
  });

  it('names a PDF by the title alone: its size is the page, not a pixel ratio', () => {
    expect(imageFileName(model('宁波"1+X"理论模型'), 'pdf', { mode: 'scale', scale: 2 })).toBe('宁波1+X理论模型.pdf');
  });

  it('turns a hostile title into a harmless name', () => {
    const name = imageFileName(model('<img src=x onerror=alert(1)>'), 'png', { mode: 'scale', scale: 2 });
    expect(name).not.toMatch(/[<>"/\\:*?|]/);
    expect(name.endsWith('@2x.png')).toBe(true);
    expect(imageFileName(model('../../etc/passwd'), 'svg', { mode: 'scale', scale: 1 })).toBe('etcpasswd.svg');
    expect(imageFileName(model('\u202Egnp.exe'), 'png', { mode: 'scale', scale: 1 })).toBe('gnp.exe.png');
  });

  it('falls back to a default name when nothing usable is left', () => {
    expect(imageFileName(model('<>:"/\\|?*'), 'svg', { mode: 'scale', scale: 1 })).toBe('theory-model.svg');
  });
});
