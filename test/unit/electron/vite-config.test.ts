import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';
import { developmentContentSecurityPolicy, metaContentSecurityPolicy } from '../../../electron/services/security';

const root = join(import.meta.dirname, '../../..');

/** The renderer's plugins by name (electron.vite.config.ts exports a plain object). */
function rendererPlugin(name: string): Plugin {
  const plugins = (config as { renderer: { plugins: unknown[] } }).renderer.plugins.flat(3) as Plugin[];
  const plugin = plugins.find((p) => p && p.name === name);
  if (!plugin) throw new Error(`no renderer plugin named ${name}`);
  return plugin;
}

function transform(plugin: Plugin, html: string, path: string): string {
  const hook = plugin.transformIndexHtml as (html: string, ctx: { path: string; filename: string }) => string;
  return hook(html, { path, filename: join(root, 'renderer', path) });
}

describe('the CSP as Vite serves and builds the pages', () => {
  it('npm run dev (vite serve) gets the development policy, so Vite’s styles and hot reload work', async () => {
    const plugin = rendererPlugin('conference-chair:development-csp');
    expect(plugin.apply).toBe('serve');
    for (const page of ['index.html', 'shared-screen.html']) {
      const html = await readFile(join(root, 'renderer', page), 'utf8');
      const served = transform(plugin, html, `/${page}`);
      expect(served).toContain(`content="${developmentContentSecurityPolicy()}"`);
      expect(served).not.toContain(`content="${metaContentSecurityPolicy()}"`);
    }
  });

  it('a build keeps the strict policy, and refuses a page that has lost it', async () => {
    const plugin = rendererPlugin('conference-chair:strict-csp');
    expect(plugin.apply).toBe('build');
    const html = await readFile(join(root, 'renderer/index.html'), 'utf8');
    expect(transform(plugin, html, '/index.html')).toBe(html);
    expect(() =>
      transform(plugin, html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), '/index.html'),
    ).toThrow(/strict Content-Security-Policy/);
  });
});
