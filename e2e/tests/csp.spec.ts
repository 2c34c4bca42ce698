import type { Page } from '@playwright/test';
import { expect, expectLogged404, test } from './fixtures.ts';
import { logInThroughForm } from './officials-helpers.ts';

const pages = [
  { name: 'overview', path: '/' },
  { name: 'initiatives', path: '/initiatives' },
  { name: 'initiative', path: '/initiatives/local-government-law-amendments' },
  { name: 'source', path: '/sources/senate-aktobe-maslikhat' },
  { name: 'login', path: '/login' },
  { name: 'not found', path: '/no-such-page', status: 404 },
];

/** An official's pages, each used as an official would, without saving anything; logging in is part of each. */
const officialPages = [
  {
    name: 'attention',
    path: '/attention?lang=en',
    use: async (page: Page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Attention' })).toBeVisible();
    },
  },
  {
    name: 'initiative, with the status form and the milestones editor',
    path: '/initiatives/local-government-law-amendments?lang=en',
    use: async (page: Page) => {
      // Submitting with no note is refused in the browser by the shared schema: zod parses, nothing is sent.
      const form = page.getByRole('region', { name: 'Update status' });
      await form.getByRole('button', { name: 'Save change' }).click();
      await expect(form.getByLabel('Note')).toHaveAttribute('aria-invalid', 'true');
      const adding = page.getByRole('form', { name: 'New milestone' });
      await adding.getByRole('button', { name: 'Add milestone' }).click();
      await expect(adding.getByLabel('Milestone title')).toHaveAttribute('aria-invalid', 'true');
    },
  },
];

/** Collects every CSP violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return seen;
}

test.describe('Content-Security-Policy', () => {
  for (const target of pages) {
    test(`when the ${target.name} page loads under the policy, then nothing is blocked and it renders its heading`, async ({
      page,
      consoleErrors,
    }) => {
      const violations = await watchViolations(page);
      const response = await page.goto(target.path);
      expect(response?.status()).toBe(target.status ?? 200);
      if (target.status === 404) expectLogged404(consoleErrors, target.path);
      const csp = response?.headers()['content-security-policy'] ?? '';
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  }

  for (const target of officialPages) {
    test(`when an official logs in and uses the ${target.name} page under the policy, then nothing is blocked`, async ({
      page,
    }) => {
      // Logging in and the page's own tools load more than an anonymous page does.
      test.slow();
      const violations = await watchViolations(page);
      await page.goto(target.path);
      await logInThroughForm(page);
      await expect(page).toHaveURL(new RegExp(target.path.split('?')[0] ?? ''));
      await target.use(page);
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  }

  test('when the API reference page loads under the policy, then Swagger UI renders without violations', async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await page.goto('/api/docs');
    // Swagger UI parses the whole document (about 270 KB) in the page before it draws anything.
    await expect(page.locator('.swagger-ui .info .title').first()).toBeVisible({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });
});
