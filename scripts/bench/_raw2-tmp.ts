import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] }); const ctx = await b.newContext();
await ctx.route('**/*', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><body>x</body>' }));
const page = await ctx.newPage();
await page.goto('https://idb.test/');
const r = await page.evaluate(`(async () => {
  const open = () => new Promise((res, rej) => { const q = indexedDB.open('t', 1); q.onupgradeneeded = () => { const s = q.result.createObjectStore('s', { keyPath: ['a','b','c'] }); s.createIndex('a','a'); s.createIndex('b','b'); s.createIndex('l','l'); }; q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  const db = await open();
  const t0 = performance.now();
  await new Promise((res, rej) => { const tx = db.transaction('s', 'readwrite'); const s = tx.objectStore('s'); for (let i = 0; i < 100000; i++) s.add({ a: 'alibaba:sup-' + (i/10|0), b: 'iso-' + (i%10), c: '', l: i, text: 'ISO 9001 certified', pageUrl: 'https://x.example.com/' + i, flags: [] }); tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
  const t1 = performance.now();
  const all = await new Promise((res) => { const q = db.transaction('s').objectStore('s').getAll(); q.onsuccess = () => res(q.result.length); });
  const t2 = performance.now();
  return { write100k: t1 - t0, getAll: t2 - t1, n: all };
})()`);
console.log(r);
await ctx.close();
