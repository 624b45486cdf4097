// Turns Lighthouse JSON reports into one Markdown table (a row per page and language) with the goals.
const fs = require('fs');
const rows = process.argv.slice(2).map(file => {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const score = id => Math.round((r.categories[id]?.score ?? 0) * 100);
  const audit = id => r.audits[id]?.numericValue ?? NaN;
  const lang = file.includes('zh-CN') ? 'zh-CN' : 'en-US';
  const path = new URL(r.finalDisplayedUrl || r.finalUrl).pathname.replace(/[0-9a-f-]{36}/, '{id}');
  return `| ${path} | ${lang} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ` +
    `${(audit('total-byte-weight') / 1024).toFixed(0)} KB | ${(audit('first-contentful-paint') / 1000).toFixed(1)} s | ` +
    `${(audit('largest-contentful-paint') / 1000).toFixed(1)} s | ${audit('cumulative-layout-shift').toFixed(3)} |`;
});
console.log(`\n## ${new Date().toISOString().slice(0, 16)} UTC, ${require('os').cpus().length} cores, Lighthouse ${
  JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).lighthouseVersion} (mobile)\n`);
console.log('| page | language | performance | accessibility | best practices | SEO | transferred | FCP | LCP | CLS |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
rows.forEach(r => console.log(r));

// Below the table, every audit that cost a category points, with the pages it failed on: what to fix next.
const failing = new Map();
for (const file of process.argv.slice(2)) {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const page = (file.includes('zh-CN') ? 'zh-CN ' : 'en-US ') + new URL(r.finalDisplayedUrl || r.finalUrl).pathname.replace(/[0-9a-f-]{36}/, '{id}');
  for (const [category, { auditRefs }] of Object.entries(r.categories)) {
    for (const ref of auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1 && category !== 'performance') {
        const key = `${category}: ${a.id} (${a.title})`;
        failing.set(key, [...(failing.get(key) ?? []), page]);
      }
    }
  }
}
console.log(failing.size === 0 ? '\nNo accessibility, best-practice or SEO audit failed.' : '\nAudits that failed (not performance):\n');
for (const [key, pages] of failing) console.log(`- ${key}: ${pages.join(', ')}`);
