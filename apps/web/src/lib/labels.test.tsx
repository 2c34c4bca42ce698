import {
  kindLabel,
  kinds,
  languages,
  legislativeStages,
  productNames,
  stageLabel,
  statuses,
  statusLabel,
} from '@civic/shared/vocabulary';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StatusBadge } from '../components/status-badge.tsx';
import { LegislativeStepper } from '../features/initiative/components/legislative-stepper.tsx';
import { changeLanguage, initI18n } from './i18n.ts';

// statusLabel, kindLabel and stageLabel are what the API's CSV rows and Atom entries print.
describe('labels the pages show', () => {
  beforeAll(async () => {
    await initI18n('?lang=ru');
  });
  afterEach(cleanup);

  describe.each(languages)('in %s', (lang) => {
    beforeAll(async () => {
      await changeLanguage(lang);
    });

    it.each(statuses)(
      'when the status %s is shown, then its badge reads what the CSV and Atom files write',
      (status) => {
        render(<StatusBadge status={status} />);
        expect(document.body.textContent?.trim()).toBe(statusLabel(status, lang));
      },
    );

    it('when the legislative stages are shown, then each step reads what the exports write', () => {
      render(<LegislativeStepper stage={null} />);
      const steps = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(steps.map((step) => step.textContent?.replace(/^\d+/, ''))).toEqual(
        legislativeStages.map((stage) => stageLabel(stage, lang)),
      );
    });

    it('when a kind is named, then the page text is the shared one', () => {
      for (const kind of kinds) expect(i18next.t(`kind.${kind}`)).toBe(kindLabel(kind, lang));
    });

    it('when the product names itself, then the pages say what the feeds and exports say', () => {
      expect(i18next.t('app.name')).toBe(productNames[lang]);
    });
  });
});
