// A small, safe reading of the Markdown that organisations write in project descriptions:
// paragraphs, `-`/`1.` lists, `#` headings, **bold**, *italic*, `code` and http(s) links.
// It yields plain data that components render as escaped text: no HTML from the source
// ever reaches the page.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'paragraph'; lines: Inline[][] }
  | { kind: 'heading'; level: 3 | 4; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)、]\s*(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

export function parseRichText(source: string | null | undefined): Block[] {
  if (!source) return [];
  const blocks: Block[] = [];
  let paragraph: Inline[][] | null = null;
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const close = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = null;
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      close();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading[1].length <= 2 ? 3 : 4, content: parseInline(heading[2]) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = Boolean(numbered);
      if (!list || list.ordered !== ordered) {
        close();
        list = { ordered, items: [] };
      }
      list.items.push(parseInline(item[1]));
      continue;
    }
    if (list) close();
    (paragraph ??= []).push(parseInline(line.trim()));
  }
  close();
  return blocks;
}

// Longest constructs first; `[^*]` keeps bold and italic from running into each other.
const INLINE = /\*\*([^*]+?)\*\*|__([^_]+?)__|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\*([^*\s][^*]*?)\*/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    const [, strong, strong2, code, linkText, href, em] = match;
    if (strong ?? strong2) out.push({ kind: 'strong', text: (strong ?? strong2)! });
    else if (code) out.push({ kind: 'code', text: code });
    else if (linkText && href) out.push({ kind: 'link', text: linkText, href });
    else if (em) out.push({ kind: 'em', text: em });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The text alone, e.g. for a meta description. */
export function plainText(inlines: Inline[]): string {
  return inlines.map((i) => i.text).join('');
}
