import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { dropExpectedRefusals, expectInHeader, fetchDetail, logInThroughForm } from './officials-helpers.ts';
import { official } from './officials-setup.ts';

/** Downloads the list through the page's own link and opens it as a spreadsheet program would. */
async function downloadSheet(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download all initiatives (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^civic-monitor-initiatives-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

/** A day as the English page prints it (en-GB, medium): 2028-12-31 → 31 Dec 2028. */
const englishDay = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** Sets the cell in the initiative's row under the header `column`, as an official typing in Excel. */
function setCell(workbook: ExcelJS.Workbook, id: string, column: string, value: ExcelJS.CellValue) {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const at = (sheet.getRow(1).values as unknown[]).indexOf(column);
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    if (sheet.getRow(r).getCell(1).value === id) {
      sheet.getRow(r).getCell(at).value = value;
      return;
    }
  }
  throw new Error(`no row for ${id}`);
}

async function upload(page: Page, workbook: ExcelJS.Workbook, name: string) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

test.describe('update from a spreadsheet', () => {
  test('when an official fills in the exported list and sends it back, then the dry run shows each change and applying writes them to history', async ({
    page,
  }) => {
    const secretary = await fetchDetail(page, 'maslikhat-secretary-status');
    const assemblies = await fetchDetail(page, 'regional-assemblies-status');
    await page.goto('/spreadsheet-imports?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Update from a spreadsheet' })).toBeVisible();
    await logInThroughForm(page);
    await expect(page).toHaveURL(/\/spreadsheet-imports/);
    await expectInHeader(page, page.getByRole('banner').getByRole('link', { name: 'Spreadsheet', exact: true }));

    const workbook = await downloadSheet(page);
    setCell(workbook, 'maslikhat-secretary-status', 'progress', secretary.progress + 5);
    setCell(workbook, 'maslikhat-secretary-status', 'note', 'Amendments sent to the Government.');
    setCell(workbook, 'regional-assemblies-status', 'target_date', new Date('2028-12-31T00:00:00Z'));
    setCell(workbook, 'regional-assemblies-status', 'note', 'Plan agreed with the centres.');
    await upload(page, workbook, 'обновление.xlsx');

    const report = page.getByRole('region', { name: '3. What would change' });
    await expect(report).toContainText('File “обновление.xlsx”');
    const counts = report.getByRole('list', { name: 'Rows by outcome' });
    await expect(counts.getByRole('listitem').filter({ hasText: 'To change' })).toHaveText('To change: 2');
    await expect(counts.getByRole('listitem').filter({ hasText: 'Errors' })).toHaveText('Errors: 0');
    const rows = report.getByRole('table').getByRole('row');
    await expect(rows.filter({ hasText: 'maslikhat-secretary-status' })).toContainText(
      `Progress: ${secretary.progress}% → ${secretary.progress + 5}%`,
    );
    // A row is named by its initiative's title in the page's language, the id beside it.
    await expect(
      rows.filter({ hasText: 'maslikhat-secretary-status' }).getByRole('link', { name: secretary.title.en }),
    ).toBeVisible();
    await expect(rows.filter({ hasText: 'regional-assemblies-status' })).toContainText(
      `Target date: ${assemblies.targetDate ? englishDay(assemblies.targetDate) : '—'} → ${englishDay('2028-12-31')}`,
    );
    await expectNoAxeViolations(page);
    expect((await fetchDetail(page, 'maslikhat-secretary-status')).version).toBe(secretary.version);

    const apply = page.getByRole('region', { name: '4. Apply' });
    await apply.getByRole('button', { name: 'Apply 2 changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'updated' })).toHaveText(
      "2 initiatives updated from “обновление.xlsx”. Each change is in the initiative's history.",
    );

    await page.getByRole('region', { name: 'Applied' }).getByRole('link', { name: secretary.title.en }).click();
    await expect(page).toHaveURL(/\/initiatives\/maslikhat-secretary-status/);
    const history = page.getByRole('region', { name: 'History' });
    const entry = history.getByRole('listitem').filter({ hasText: 'Amendments sent to the Government.' });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('From the file “обновление.xlsx”');
    await expect(entry).toContainText(official.displayName);
    expect((await fetchDetail(page, 'maslikhat-secretary-status')).progress).toBe(secretary.progress + 5);
    expect((await fetchDetail(page, 'regional-assemblies-status')).targetDate).toBe('2028-12-31');
  });

  test('when someone changes an initiative between the dry run and apply, then nothing is written and the conflict is shown', async ({
    page,
    consoleErrors,
  }) => {
    const id = 'maslikhat-secretary-status';
    await page.goto('/spreadsheet-imports?lang=en');
    await logInThroughForm(page);
    const workbook = await downloadSheet(page);
    const exported = await fetchDetail(page, id);
    setCell(workbook, id, 'progress', exported.progress + 3);
    setCell(workbook, id, 'note', 'Checked on site.');
    await upload(page, workbook, 'second.xlsx');
    const counts = page.getByRole('list', { name: 'Rows by outcome' });
    await expect(counts.getByRole('listitem').filter({ hasText: 'To change' })).toHaveText('To change: 1');

    // Another official's change lands while the dry run is on screen.
    const other = await page.request.patch(`/api/initiatives/${id}`, {
      data: { version: exported.version, progress: exported.progress + 7, note: 'Through the form.' },
    });
    expect(other.status()).toBe(200);

    const apply = page.getByRole('region', { name: '4. Apply' });
    await apply.getByRole('button', { name: 'Apply 1 change' }).click();
    const alert = apply.getByRole('alert');
    await expect(alert).toContainText('1 initiative was changed by someone after the check. Nothing was saved.');
    await expect(alert).toContainText(`Progress ${exported.progress + 7}%`);
    expect((await fetchDetail(page, id)).progress).toBe(exported.progress + 7);

    await alert.getByRole('button', { name: 'Reload the current version' }).click();
    const report = page.getByRole('region', { name: '3. What would change' });
    await expect(report.getByRole('row').filter({ hasText: id })).toContainText('conflict');
    await expect(page.getByRole('region', { name: '4. Apply' })).toContainText('Nothing can be applied');
    dropExpectedRefusals(consoleErrors, [409]);
  });
});
