// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { downloadFile, originalHref, parseTags } from './io';

describe('originalHref', () => {
  it('links http(s) pages as they are, with no claim id in the address (issue 14, 4)', () => {
    expect(originalHref('https://news.example/a.html?x=1#top')).toBe('https://news.example/a.html?x=1#top');
    expect(originalHref('http://news.example/')).toBe('http://news.example/');
  });
  it('refuses anything that is not an http(s) page', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url', '']) {
      expect(originalHref(bad), bad).toBeNull();
    }
  });
});

describe('parseTags', () => {
  it('splits on Latin and Arabic commas and semicolons, trims and removes repeats', () => {
    expect(parseTags('سياسة، اقتصاد, سياسة ; صحة؛ ,')).toEqual(['سياسة', 'اقتصاد', 'صحة']);
    expect(parseTags('   ')).toEqual([]);
  });
});

describe('downloadFile', () => {
  it('clicks a hidden link to a Blob URL with the file name, then removes it', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const spy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadFile({ filename: 'isnad-library-2026-01-01.csv', mime: 'text/csv;charset=utf-8', text: '\uFEFFa,b\r\n' });
    spy.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('isnad-library-2026-01-01.csv');
    expect(clicked[0].href).toMatch(/^blob:/);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
