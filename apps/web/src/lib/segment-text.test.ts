import { describe, expect, it } from 'vitest';
import { segmentText } from './segment-text.ts';

const covered = (paragraphs: ReturnType<typeof segmentText>, id: string) =>
  paragraphs
    .flatMap((p) => p.segments)
    .filter((s) => s.passageIds.includes(id))
    .map((s) => s.text)
    .join('');

describe('segmentText', () => {
  it('when a passage sits inside a line, then the line splits into before, passage and after', () => {
    const [line] = segmentText('Один два три', [{ initiativeId: 'a', start: 5, end: 8 }]);
    expect(line?.segments.map((s) => [s.text, s.passageIds])).toEqual([
      ['Один ', []],
      ['два', ['a']],
      [' три', []],
    ]);
    expect(line?.segments[1]).toMatchObject({ opens: ['a'], closes: ['a'] });
  });

  it('when the text holds characters outside the BMP, then offsets count code points, not UTF-16 units', () => {
    const paragraphs = segmentText('😀 «Цитата» конец', [{ initiativeId: 'q', start: 2, end: 10 }]);
    expect(covered(paragraphs, 'q')).toBe('«Цитата»');
  });

  it('when a passage crosses a line break, then it is split across paragraphs and opens and closes once', () => {
    const paragraphs = segmentText('ab\ncd', [{ initiativeId: 'x', start: 1, end: 4 }]);
    expect(paragraphs.map((p) => p.segments.map((s) => s.text))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const pieces = paragraphs.flatMap((p) => p.segments).filter((s) => s.passageIds.includes('x'));
    expect(pieces.map((s) => [s.text, s.opens, s.closes])).toEqual([
      ['b', ['x'], []],
      ['c', [], ['x']],
    ]);
  });

  it('when passages overlap, then the shared run names both and each passage text stays whole', () => {
    const text = 'abcdefgh';
    const paragraphs = segmentText(text, [
      { initiativeId: 'p1', start: 1, end: 5 },
      { initiativeId: 'p2', start: 3, end: 7 },
    ]);
    expect(covered(paragraphs, 'p1')).toBe('bcde');
    expect(covered(paragraphs, 'p2')).toBe('defg');
    expect(paragraphs[0]?.segments.find((s) => s.text === 'de')?.passageIds).toEqual(['p1', 'p2']);
  });

  it('when a passage lies outside the text, then it is ignored rather than breaking the page', () => {
    const paragraphs = segmentText('short', [{ initiativeId: 'bad', start: 3, end: 99 }]);
    expect(paragraphs[0]?.segments).toHaveLength(1);
    expect(paragraphs[0]?.segments[0]?.passageIds).toEqual([]);
  });
});
