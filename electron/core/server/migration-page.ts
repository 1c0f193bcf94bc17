import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MigrationProgress } from '../store/migrate';

export interface MigrationPage {
  readonly url: string;
  update(progress: MigrationProgress): void;
  close(): Promise<void>;
}

/** What the page says, in both languages the console speaks (zh-CN first, as the console starts). */
export function migrationPageText(p: MigrationProgress | null, now: number, startedAt: number): { zh: string; en: string; percent: number } {
  const seconds = Math.round((now - startedAt) / 1000);
  if (!p) return { zh: `正在准备升级数据库… 已用 ${seconds} 秒`, en: `Preparing to upgrade the case store… ${seconds} s`, percent: 0 };
  const finished = p.done ? p.step : p.step - 1;
  const percent = Math.floor((100 * finished) / p.steps);
  return {
    zh: `正在升级数据库：第 ${p.step}/${p.steps} 步（架构版本 ${p.version}）${p.done ? '已完成' : '进行中'}，已用 ${seconds} 秒。大型数据库的一步可能需要几分钟，请勿关闭。`,
    en: `Upgrading the case store: step ${p.step} of ${p.steps} (schema ${p.version}) ${p.done ? 'done' : 'running'}, ${seconds} s so far. One step can take minutes on a large store; please leave it running.`,
    percent,
  };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * While browser mode upgrades an older store (on a worker thread), its port answers every
 * request with this page instead of refusing the connection: which migration runs, how many are
 * done, how long it has taken. It reloads itself every second, so once the console serves, the
 * same tab shows it.
 */
export async function startMigrationPage(port: number): Promise<MigrationPage> {
  const startedAt = Date.now();
  let last: MigrationProgress | null = null;
  const server = createServer((req, res) => {
    const text = migrationPageText(last, Date.now(), startedAt);
    if (req.url === '/progress') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ ...last, ...text }));
      return;
    }
    res.writeHead(503, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': '1',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="1">
<title>连心线 · 正在升级数据库 / Upgrading</title>
<style>body{font-family:sans-serif;margin:15vh auto;max-width:40em;padding:0 1em;color:#222}progress{width:100%;height:1.2em}</style></head>
<body><h1>连心线 · 正在升级数据库</h1><p>${escape(text.zh)}</p><p lang="en">${escape(text.en)}</p>
<progress max="100" value="${text.percent}" aria-label="升级进度 / upgrade progress">${text.percent}%</progress></body></html>`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    update(progress) {
      last = progress;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
