// Whether a search result holds a Chinese query, for the search page (search-page.ts).
const HAN = /\p{Script=Han}/u;

/** Whether a query has Chinese in it, so its results are checked with holdsQuery. */
export function isChineseQuery(query: string): boolean {
  return HAN.test(query);
}
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Pagefind splits a Chinese query into words and characters and finds pages with any of them,
 * so 王晓燕 would find 《小王子》 for its 王. A result is kept when its text holds each word of
 * the query of two or more characters, and each single character together with the word before
 * or after it, as the query has them: 海口湾净滩 keeps 海口湾……净滩 but not a page that only says
 * 海口. A query of one character keeps every page holding it; Latin words are left to Pagefind.
 */
export function holdsQuery(query: string, text: string): boolean {
  const haystack = text.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((part) => {
      const pieces = [...words.segment(part)].filter((s) => s.isWordLike && HAN.test(s.segment)).map((s) => s.segment);
      if (pieces.length === 1) return haystack.includes(pieces[0]);
      return pieces.every((piece, i) => {
        if (Array.from(piece).length > 1) return haystack.includes(piece);
        return (i > 0 && haystack.includes(pieces[i - 1] + piece)) || (i < pieces.length - 1 && haystack.includes(piece + pieces[i + 1]));
      });
    });
}
