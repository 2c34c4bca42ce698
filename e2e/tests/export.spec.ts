import fs from 'node:fs';
import { historyCsvColumns, initiativeCsvColumns } from '@civic/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expect, fetchInitiatives, test } from './fixtures.ts';

async function downloadCsv(
  scope: import('@playwright/test').Page | import('@playwright/test').Locator,
  linkName: string,
) {
  const page = 'waitForEvent' in scope ? scope : scope.page();
  const downloading = page.waitForEvent('download');
  await scope.getByRole('link', { name: linkName }).click();
  const download = await downloading;
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

test.describe('export', () => {
  test('when the list is filtered and exported, then the file holds exactly the filtered rows in the UI language', async ({
    page,
  }) => {
    const expected = await fetchInitiatives(page, 'kind=practice&sort=-title&lang=en');
    await page.goto('/initiatives?lang=en');
    await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: 'Practice' }).click();
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    await page.getByRole('button', { name: 'Title', exact: true }).click();
    await expect(page).toHaveURL(/sort=-title/);
    await expect(page.getByRole('heading', { name: `${expected.total} initiatives found` })).toBeVisible();
    await page.getByText('Export & subscribe').click();
    await page.getByRole('radio', { name: /^Comma/ }).check();

    const { name, text } = await downloadCsv(page, 'Export CSV');
    expect(name).toMatch(/\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parse(text, { bom: true, columns: true, delimiter: ',' }) as Record<string, string>[];
    expect(rows).toHaveLength(expected.total);
    expect(Object.keys(rows[0] ?? {})).toEqual([...initiativeCsvColumns]);
    expect(rows.map((row) => row.id)).toEqual(expected.items.map((item) => item.id));
    expect(rows.map((row) => row.title)).toEqual(expected.items.map((item) => item.title.en));
  });

  test('when the list is filtered and its feed subscribed to, then the feed holds the changes of exactly those initiatives, titled with the filters', async ({
    page,
  }) => {
    const expected = await fetchInitiatives(page, 'kind=practice&lang=kk');
    const listed = new Set(expected.items.map((item) => item.id));
    await page.goto('/initiatives?lang=kk&kind=practice');
    await page.locator('details.list-tools > summary').click();
    await page.locator('details.feed-subscribe > summary').click();
    const address = page.locator('details.feed-subscribe input[type="url"]');
    await expect(address).toHaveValue(new URL('/api/feed.atom?kind=practice&lang=kk', page.url()).href);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'title',
      'Азаматтық монитор — мәртебе өзгерістері — 1 сүзгі',
    );
    const feed = await (await page.request.get(await address.inputValue())).text();
    expect(feed).toContain('<title>Азаматтық монитор — мәртебе өзгерістері — 1 сүзгі</title>');
    const links = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" href="([^"]+)"/g)].map(
      (m) => new URL(m[1] ?? ''),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(listed.has(link.pathname.replace('/initiatives/', ''))).toBe(true);
      expect(link.searchParams.get('lang')).toBe('kk');
    }
  });

  test('when the filtered list is downloaded as .xlsx, then the workbook holds exactly the filtered rows, Cyrillic intact', async ({
    page,
  }) => {
    const expected = await fetchInitiatives(page, 'kind=practice&lang=ru');
    await page.goto('/initiatives?kind=practice&lang=ru');
    await page.getByText('Экспорт и подписка').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Скачать .xlsx (Excel)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('the workbook has no sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const titleColumn = header.indexOf('title') + 1;
    const idColumn = header.indexOf('id') + 1;
    expect(titleColumn).toBeGreaterThan(0);
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      if (row.getCell(idColumn).value)
        rows.push([String(row.getCell(idColumn).value), String(row.getCell(titleColumn).value)]);
    }
    expect(rows).toEqual(expected.items.map((item) => [item.id, item.title.ru]));
  });

  test('when semicolon is chosen, then the file uses it and the choice is remembered', async ({ page }) => {
    const all = await fetchInitiatives(page);
    await page.goto('/initiatives');
    await page.getByText('Экспорт и подписка').click();
    await page.getByRole('radio', { name: /^Точка с запятой — для Excel/ }).check();
    const { text } = await downloadCsv(page, 'Скачать CSV');
    const firstLine = text.slice(1, text.indexOf('\r\n'));
    expect(firstLine.split(';').length).toBeGreaterThan(3);
    expect(firstLine).not.toContain(',');
    const rows = parse(text, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows).toHaveLength(all.total);
    await expect(page.getByRole('heading', { name: new RegExp(`${all.total}`) })).toBeVisible();

    await page.reload();
    await page.getByText('Экспорт и подписка').click();
    await expect(page.getByRole('radio', { name: /^Точка с запятой/ })).toBeChecked();
  });

  test("when semicolon is chosen, then the charts' data downloads use it too", async ({ page }) => {
    await page.goto('/initiatives');
    await page.getByText('Экспорт и подписка').click();
    await page.getByRole('radio', { name: /^Точка с запятой — для Excel/ }).check();
    await page.goto('/');
    const chart = page.getByRole('region', { name: 'Инициативы по ответственным' });
    const { text } = await downloadCsv(chart, 'Скачать данные (CSV)');
    expect(text.startsWith('\uFEFFОтветственный;Количество\r\n')).toBe(true);
    const rows = parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    expect(rows.slice(1).every((row) => row.length === 2 && /^\d+$/.test(row[1] ?? ''))).toBe(true);
  });

  test('when an initiative is open, then its history CSV and feed are offered and the head announces the feed', async ({
    page,
  }) => {
    const id = 'full-time-deputies';
    await page.goto(`/initiatives/${id}?lang=en`);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      `/api/initiatives/${id}/feed.atom?lang=en`,
    );
    await page.getByText('Subscribe to changes (Atom)').click();
    const feed = await page.request.get(
      (await page.getByRole('link', { name: 'View the feed as code (XML, for feed readers)' }).getAttribute('href')) ??
        '',
    );
    expect(feed.headers()['content-type']).toContain('atom+xml');
    expect(await feed.text()).toContain('xml:lang="en"');

    const { text } = await downloadCsv(page, 'History (CSV)');
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0] ?? {})).toEqual([...historyCsvColumns]);
    expect(new Set(rows.map((row) => row.initiative_id))).toEqual(new Set([id]));

    await page.goto('/?lang=kk');
    await page.getByText('Жазылу (Atom)').click();
    await expect(page.getByText(/Бұл — Atom арнасы/)).toBeVisible();
    const address = page.getByRole('textbox', { name: 'Арна мекенжайы' });
    await expect(address).toHaveValue(new URL('/api/feed.atom?lang=kk', page.url()).href);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'title',
      'Азаматтық монитор — мәртебе өзгерістері',
    );
    const site = await page.request.get(
      (await page
        .getByRole('link', { name: 'Арнаны код ретінде ашу (XML, оқу бағдарламаларына арналған)' })
        .getAttribute('href')) ?? '',
    );
    expect(await site.text()).toContain('<title>Азаматтық монитор — мәртебе өзгерістері</title>');
    await page.goto('/?lang=en');
    const data = await page.request.get(
      (await page.getByRole('main').getByRole('link', { name: 'Open data (JSON)' }).getAttribute('href')) ?? '',
    );
    expect(data.ok()).toBe(true);
  });
});
