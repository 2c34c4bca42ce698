export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  author: string;
  content: string;
  link: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  /** The next, older page of a paged feed (RFC 5005), when there is one. */
  nextUrl?: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
}

// Characters XML 1.0 cannot carry at all, lone surrogates included; a stray one would make the feed unreadable.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const escapeXml = (text: string) => text.replace(notXmlChar, '\uFFFD').replace(/[&<>"']/g, (c) => entities[c] ?? c);

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;

function renderEntry(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title)}`,
    `    ${element('updated', entry.updated)}`,
    `    <author>${element('name', entry.author)}</author>`,
    `    <content type="text">${escapeXml(entry.content)}</content>`,
    `    ${link('alternate', entry.link, 'text/html')}`,
    '  </entry>',
  ].join('\n');
}

/** An Atom 1.0 (RFC 4287) document. */
export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('updated', feed.updated)}`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${link('self', feed.selfUrl, 'application/atom+xml')}`,
    `  ${link('alternate', feed.alternateUrl, 'text/html')}`,
    ...(feed.nextUrl ? [`  ${link('next', feed.nextUrl, 'application/atom+xml')}`] : []),
    ...feed.entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}
