/**
 * Run after `wxt build`: the minified size of each site's content script, in each
 * browser's build, against the 50 KB budget. Every tab of a video platform loads
 * its script, so the budget is enforced: over it, the build fails. KB as the issue
 * writes it, 1,024 bytes: the budget is 51,200 bytes, and sizes print in KiB.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BUDGET_BYTES = 50 * 1024;
const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' } as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function contentScriptSizes(buildDir: string): Map<string, number> {
  const dir = resolve(buildDir, 'content-scripts');
  if (!existsSync(dir)) return new Map();
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  return new Map(scripts.map((name) => [name.replace(/\.js$/, ''), statSync(join(dir, name)).size]));
}

const sizes = Object.entries(BUILDS).map(([browser, dir]) => [browser, contentScriptSizes(dir)] as const);
const scripts = [...new Set(sizes.flatMap(([, found]) => [...found.keys()]))].sort();
if (scripts.length === 0) {
  console.error('bundle sizes: no content scripts found; run `wxt build` first');
  process.exit(2);
}

console.log(`\n| content script | ${sizes.map(([b]) => b).join(' | ')} | budget |`);
console.log(`| --- | ${sizes.map(() => '---').join(' | ')} | --- |`);
let over = 0;
for (const script of scripts) {
  const cells = sizes.map(([, found]) => {
    const bytes = found.get(script);
    if (bytes === undefined) return '—';
    if (bytes > BUDGET_BYTES) over++;
    return bytes > BUDGET_BYTES ? `**${kb(bytes)} (over)**` : kb(bytes);
  });
  console.log(`| ${script} | ${cells.join(' | ')} | ${kb(BUDGET_BYTES)} |`);
}
if (over > 0) {
  console.error(`\nbundle sizes: ${over} content script(s) over the ${kb(BUDGET_BYTES)} budget`);
  process.exit(1);
}
