// Shared steps of the end-to-end suites.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Records console errors, page errors and wasm panics of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return {
    errors,
    /** Page errors and panics only: failed requests are expected in fault tests. */
    crashes: () => errors.filter((e) => e.startsWith('pageerror') || /panicked|unreachable/.test(e)),
  };
}

/** Makes the fixture server misbehave for this browser context only. */
export async function setFaults(context, baseURL, ...rules) {
  await context.addCookies([
    { name: 'ocop-fault', value: encodeURIComponent(rules.join('~')), url: baseURL },
  ]);
}

export async function clearFaults(context) {
  await context.clearCookies();
}

/** axe-core, WCAG 2.1 A and AA rules: no violation allowed. */
export async function expectNoAxeViolations(page, include) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Waits until the app has mounted and the site name has loaded. */
export async function waitForShell(page) {
  await expect(page.locator('.brand__name')).toHaveText(/OCOP/);
}
