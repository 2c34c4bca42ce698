import { expect, test } from './fixtures.ts';

// A reader abroad: the browser's own zone is New York, the data's is Kazakhstan's.
test.use({ timezoneId: 'America/New_York' });

const clock = (at: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(at),
  );

test.describe('days and times follow the configured zone, not the browser', () => {
  test('when any page is open, then the footer names the zone and its offset', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('contentinfo')).toContainText('Dates and times: Asia/Almaty (UTC+5)');
    await page.goto('/initiatives?lang=ru');
    await expect(page.getByRole('contentinfo')).toContainText('Даты и время: Asia/Almaty (UTC+5)');
  });

  test('when the history is shown, then its times are Kazakhstan times', async ({ page }) => {
    const response = await page.request.get('/api/initiatives/full-time-deputies/history');
    const { items } = (await response.json()) as { items: { at: string }[] };
    const at = items[0]?.at ?? '';
    await page.goto('/initiatives/full-time-deputies?lang=en');
    const entry = page.getByRole('region', { name: 'History' }).locator(`time[datetime="${at}"]`).first();
    await expect(entry).toContainText(clock(at, 'Asia/Almaty'));
    expect(clock(at, 'Asia/Almaty')).not.toBe(clock(at, 'America/New_York'));
  });
});
