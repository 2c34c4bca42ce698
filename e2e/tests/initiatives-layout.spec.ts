import { expect, expectNoAxeViolations, type Lang, languages, test } from './fixtures.ts';

/** The list's accessible name (its table caption, or the cards' list label) in each language. */
const listName: Record<Lang, string> = { ru: 'Список инициатив', kk: 'Бастамалар тізімі', en: 'Initiatives' };
const filtersName: Record<Lang, string> = { ru: 'Фильтры', kk: 'Сүзгілер', en: 'Filters' };

const screens = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/**
 * Every row (or card) and every cell of the list, measured in the page: each box must lie inside the list's container,
 * inside its row and inside the viewport, and no cell may hold text wider than itself (it would be clipped).
 */
function measureList(list: Element): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const slack = 0.5;
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
  const inside = (element: Element, outer: DOMRect, what: string) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return;
    if (box.left < outer.left - slack || box.right > outer.right + slack) {
      problems.push(`${name(element)} [${box.left}, ${box.right}] runs out of ${what} [${outer.left}, ${outer.right}]`);
    }
  };
  const container = list.parentElement?.getBoundingClientRect() ?? list.getBoundingClientRect();
  if (document.documentElement.scrollWidth > viewport) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${viewport}`);
  }
  inside(list, container, 'its container');
  const rows = Array.from(list.querySelectorAll(':scope > tbody > tr, :scope > li'));
  if (rows.length === 0) problems.push('the list has no rows');
  for (const row of rows) {
    const rowBox = row.getBoundingClientRect();
    inside(row, container, 'the container');
    inside(row, new DOMRect(0, 0, viewport, 0), 'the viewport');
    const cells = Array.from(row.matches('tr') ? row.children : row.querySelectorAll('*'));
    for (const cell of cells) {
      inside(cell, rowBox, 'its row');
      inside(cell, container, 'the container');
      if (cell.scrollWidth > cell.clientWidth + 1) {
        problems.push(`${name(cell)} is clipped: ${cell.scrollWidth} > ${cell.clientWidth}`);
      }
      for (const part of Array.from(cell.querySelectorAll('*'))) inside(part, cell.getBoundingClientRect(), 'its cell');
    }
  }
  return problems;
}

test.describe('the initiatives list fits the screen', () => {
  for (const screen of screens) {
    for (const lang of languages) {
      test(`when the list is opened at ${screen.width} px in ${lang}, then every row and cell lies within the viewport and its container`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        await page.goto(`/initiatives?lang=${lang}`);
        // A table from 1200 px, a list of cards below: only the one this width shows is on the page.
        const name = { name: listName[lang], exact: true };
        const table = page.getByRole('table', name);
        const cards = page.getByRole('list', name);
        const [list, other] = screen.width >= 1200 ? [table, cards] : [cards, table];
        const firstRow = list.locator(':scope > tbody > tr, :scope > li').first();
        await expect(firstRow).toBeVisible({ timeout: 20_000 });
        await expect(other).toHaveCount(0);

        expect(await list.evaluate(measureList)).toEqual([]);

        if (screen.width === 390) {
          // Results first: the first initiative's title is on the first screen, before any scrolling.
          const title = firstRow.getByRole('link').first();
          const box = await title.boundingBox();
          expect(box).not.toBeNull();
          expect((box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0)).toBeLessThanOrEqual(screen.height);

          // The phone's own controls pass axe too, opened: the filters panel and the export disclosure.
          await page.getByRole('button', { name: filtersName[lang], exact: true }).click();
          for (const summary of await page.locator('details > summary').all()) await summary.click();
          await expectNoAxeViolations(page);
        }
      });
    }
  }

  test('when the list is opened at 1280 px, then the search box in the filter sidebar fills its width', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/initiatives?lang=kk');
    const filters = page.getByRole('region', { name: filtersName.kk, exact: true });
    const box = await filters.getByRole('searchbox').boundingBox();
    const sidebar = await filters.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(160);
    // Within the card's padding, the whole width is the box's.
    expect(box?.width ?? 0).toBeGreaterThan((sidebar?.width ?? 0) * 0.75);
  });
});

test('when the window is narrowed below 1200 px and widened again, then the table gives way to cards and comes back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/initiatives?lang=en');
  const name = { name: listName.en, exact: true };
  const table = page.getByRole('table', name);
  const cards = page.getByRole('list', name);
  const title = (await table.getByRole('rowheader').first().getByRole('link').first().textContent()) ?? '';
  expect(title).not.toBe('');
  await expect(cards).toHaveCount(0);

  await page.setViewportSize({ width: 1100, height: 800 });
  await expect(cards.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(table).toHaveCount(0);

  await page.setViewportSize({ width: 1200, height: 800 });
  await expect(table.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(cards).toHaveCount(0);
});

test.describe('the filters panel on a phone', () => {
  test('when Escape is pressed in the opened panel, then it closes and focus goes back to its button; in a search box with words, the first Escape clears them', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/initiatives?lang=en');
    const toggle = page.getByRole('button', { name: filtersName.en, exact: true });
    const panel = page.getByRole('region', { name: filtersName.en, exact: true });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const search = panel.getByRole('searchbox', { name: 'Search' });
    await search.fill('deputies');
    await search.press('Escape');
    // Words typed but not searched for go first; the panel stays open.
    await expect(search).toHaveValue('');
    await expect(panel).toBeVisible();
    await search.press('Escape');
    await expect(panel).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    // From any other control of the panel, one Escape closes it.
    await toggle.click();
    await panel.getByRole('checkbox').first().focus();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(toggle).toBeFocused();
  });
});
