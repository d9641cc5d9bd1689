import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightSegments, safeLink } from '@/utils/highlight';

const marked = (text: string, spans: { start: number; end: number }[]) =>
  highlightSegments(text, spans).filter((s) => s.marked).map((s) => s.text);

describe('highlightSegments', () => {
  it('marks each matched phrase in place and keeps the text around it', () => {
    const text = 'Ayo coblos nomor 2 besok';
    const segments = highlightSegments(text, [{ start: 4, end: 16 }]);
    expect(segments).toEqual([
      { text: 'Ayo ', marked: false },
      { text: 'coblos nomor', marked: true },
      { text: ' 2 besok', marked: false },
    ]);
  });

  it('joins overlapping spans and ignores spans outside the text', () => {
    expect(marked('abcdefghij', [{ start: 2, end: 5 }, { start: 4, end: 7 }, { start: 50, end: 60 }, { start: 3, end: 3 }])).toEqual(['cdefg']);
  });

  it('shortens long stretches away from any match', () => {
    const text = `${'a'.repeat(500)} coblos ${'b'.repeat(500)}`;
    const segments = highlightSegments(text, [{ start: 501, end: 507 }]);
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(260);
    expect(marked(text, [{ start: 501, end: 507 }])).toEqual(['coblos']);
  });

  it('keeps markup inside a caption as plain characters', () => {
    const text = '<img src=x onerror=alert(1)> coblos';
    expect(highlightSegments(text, [{ start: 29, end: 35 }]).map((s) => s.text).join('')).toBe(text);
  });

  it('never loses a marked character, whatever the spans', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.record({ start: fc.integer({ min: -5, max: 90 }), end: fc.integer({ min: -5, max: 90 }) })), (text, spans) => {
        const segments = highlightSegments(text, spans, 1000);
        expect(segments.map((s) => s.text).join('')).toBe(text);
      }),
    );
  });
});

describe('safeLink', () => {
  it('lets http and https through and stops every other scheme', () => {
    expect(safeLink('https://turnbackhoax.id/2024/01/02/salah-x/')).toBe('https://turnbackhoax.id/2024/01/02/salah-x/');
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeLink('not a url')).toBeNull();
  });
});
