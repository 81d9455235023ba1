// Which search results hold a Chinese query (site/src/search/query-match.ts): Pagefind finds
// pages with any word or character of the query; the page keeps those that hold it.
import { describe, expect, it } from 'vitest';
import { holdsQuery } from '../../site/src/search/query-match.js';

describe('holdsQuery', () => {
  it('drops a page that shares only one character of a name', () => {
    expect(holdsQuery('王晓燕', '王晓燕是龙华区青年志愿者协会的骨干协调员')).toBe(true);
    expect(holdsQuery('王晓燕', '志愿者推荐书单：《小王子》《窗边的小豆豆》')).toBe(false);
    expect(holdsQuery('王晓燕', '赵晓燕参加了净滩')).toBe(false);
  });

  it('keeps a page that holds the words of the query apart', () => {
    expect(holdsQuery('海口湾净滩', '海口湾滨海大道段净滩行动')).toBe(true);
    expect(holdsQuery('海口湾净滩', '海口骑楼老街的独居老人')).toBe(false);
    expect(holdsQuery('植树 社区', '社区志愿者参加义务植树')).toBe(true);
    expect(holdsQuery('植树 社区', '社区图书角')).toBe(false);
  });

  it('keeps every page with a one-character query, and leaves Latin words to the index', () => {
    expect(holdsQuery('王', '《小王子》')).toBe(true);
    expect(holdsQuery('王', '海口湾')).toBe(false);
    expect(holdsQuery('marathon', '海口马拉松')).toBe(true);
  });
});
