import type { InitiativeDetail } from '@civic/shared';
import { expect, expectLogged404, test } from './fixtures.ts';

async function fetchDetail(page: import('@playwright/test').Page, id: string): Promise<InitiativeDetail> {
  const response = await page.request.get(`/api/initiatives/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as InitiativeDetail;
}

test.describe('initiative page', () => {
  test('when an initiative opens, then it shows the verbatim source quote linked to its place', async ({ page }) => {
    const detail = await fetchDetail(page, 'full-time-deputies');
    await page.goto('/initiatives/full-time-deputies?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(detail.title.en);
    const quote = page.getByRole('region', { name: 'Quote from the source' });
    await expect(quote.locator('blockquote')).toHaveText(detail.source?.quote ?? '');
    await quote.getByRole('link', { name: 'Show it in the source' }).click();
    await expect(page).toHaveURL(/\/sources\/senate-aktobe-maslikhat#passage-full-time-deputies$/);
    const passage = page.locator('#passage-full-time-deputies');
    await expect(passage).toHaveClass(/is-target/);
    await expect(passage).toBeInViewport();
  });

  test('when it is legislation, then the stepper marks its current stage', async ({ page }) => {
    const detail = await fetchDetail(page, 'local-government-law-amendments');
    await page.goto('/initiatives/local-government-law-amendments?lang=en');
    const stepper = page.getByRole('region', { name: 'Legislative stage' });
    await expect(stepper.locator('[aria-current="step"]')).toContainText('Public discussion');
    expect(detail.legislativeStage).toBe('public_discussion');
    await expect(page.getByRole('progressbar', { name: 'Progress: 50%' })).toBeVisible();
  });

  test('when the stepper is laid out in a row, then no stage name is broken inside a word', async ({ page }) => {
    for (const width of [720, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const lang of ['ru', 'kk', 'en'] as const) {
        await page.goto(`/initiatives/local-government-law-amendments?lang=${lang}`);
        const labels = page.getByRole('region').locator('.stepper .step-label');
        await expect(labels).toHaveCount(6);
        // Each word of each label is one box on one line: a word split across lines has two.
        const broken = await labels.evaluateAll((elements) =>
          elements.flatMap((element) => {
            const text = element.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) return [];
            const words: string[] = [];
            for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(text, match.index);
              range.setEnd(text, match.index + match[0].length);
              const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
              if (lines.size > 1) words.push(match[0]);
            }
            return words;
          }),
        );
        expect(broken, `${lang} at ${width}px`).toEqual([]);
      }
    }
  });

  test('when it has a parent and children, then both are linked and the history is listed', async ({ page }) => {
    const parent = await fetchDetail(page, 'new-engagement-formats');
    await page.goto('/initiatives/new-engagement-formats?lang=en');
    const children = page.getByRole('region', { name: 'Initiatives within it' });
    for (const child of parent.children) {
      await expect(children.getByRole('link', { name: child.title.en })).toBeVisible();
    }
    const first = parent.children[0];
    await children.getByRole('link', { name: first?.title.en ?? '' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.title.en ?? '');
    await expect(page.getByRole('complementary').getByRole('link', { name: parent.title.en })).toBeVisible();
    const history = page.getByRole('region', { name: 'History' });
    // Recorded from the article: the entry's kind says so in the reader's language, with no person named.
    await expect(history.getByRole('listitem').last()).toContainText('Recorded from the source text');
    await expect(history).not.toContainText('system');
    await expect(page.getByText('Last verified')).toBeVisible();
  });

  for (const id of ['no-such-initiative', '999999']) {
    test(`when the initiative ${id} does not exist, then the page is a 404 that says so and asks not to be indexed`, async ({
      page,
      consoleErrors,
    }) => {
      const response = await page.goto(`/initiatives/${id}?lang=en`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Initiative not found' })).toBeVisible();
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      // The browser itself logs the page's 404 and the API's; those are the point of this test, anything else still fails it.
      expectLogged404(consoleErrors, `/initiatives/${id}?lang=en`);
      expectLogged404(consoleErrors, `/api/initiatives/${id}`);
    });
  }

  test('when a source document does not exist, then its page is a 404 that says so', async ({
    page,
    consoleErrors,
  }) => {
    const response = await page.goto('/sources/no-such-source?lang=en');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Document not found' })).toBeVisible();
    expectLogged404(consoleErrors, '/sources/no-such-source?lang=en');
    expectLogged404(consoleErrors, '/api/sources/no-such-source');
  });
});
