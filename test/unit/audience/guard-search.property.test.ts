import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseForGuard } from '@shared/audience/leak-guard';
import { SetOutput, SetStrings } from '@shared/documents/guard';

/**
 * The guard's quick ways must find exactly what a plain search finds: a word index that skips strings, and typed
 * punctuation taken the ASCII way. A leak they missed would reach a family; a leak they invented would stop an export.
 */

/** The guard's normalisation without its quick way for typographic punctuation. */
const unicodeWay = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Few words, so that generated needles are often found, and pieces of words, so that needles start and end inside them.
const word = fc.constantFrom('flat', 'harbour', 'row', 'rowan', 'mia', 'jade', '14', '2', 'ab1', 'safe', 'house', 'o');
const separator = fc.constantFrom(' ', ', ', '’s ', ' – ', '\n', '. ', '“', '” ', '…', ' é ');
const text = fc
  .array(fc.tuple(word, separator), { maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('the leak guard searches as a plain search does', () => {
  it('text with curly quotes, dashes and ellipses normalises as Unicode folding does', () => {
    expect(normaliseForGuard('Mia’s “safe” flat – 14 Harbour Row…')).toBe('mia s safe flat 14 harbour row');
    fc.assert(
      fc.property(text, (t) => {
        expect(normaliseForGuard(t)).toBe(unicodeWay(t));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a needle through the word index exactly where the whole document holds it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        fc.array(text, { minLength: 1, maxLength: 8 }),
        (documents, needleTexts) => {
          const set = new SetStrings();
          const outputs = documents.map((strings) => new SetOutput(strings, set));
          for (const needle of needleTexts.map(normaliseForGuard).filter((n) => n !== '')) {
            documents.forEach((strings, i) => {
              const plain = strings.map(normaliseForGuard).join('\n').includes(needle);
              expect(outputs[i]!.contains(needle)).toBe(plain);
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds a long needle inside one string and not across two, and whose ends are parts of longer words', () => {
    const set = new SetStrings();
    const minute = new SetOutput(['She said the flat at 14 Harbour Rowan Court was safe', 'Harbour Row'], set);
    expect(minute.contains('lat at 14 harbour rowan court was saf')).toBe(true);
    expect(minute.contains('court was safe harbour row')).toBe(false);
    expect(minute.contains('at 14 harbour row court')).toBe(false);
  });
});
