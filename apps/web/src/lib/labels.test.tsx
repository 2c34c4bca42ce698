import type { InitiativeDetail } from '@civic/shared/schemas';
import {
  agreementLabel,
  agreements,
  kindLabel,
  kinds,
  languages,
  legislativeStages,
  productNames,
  ratingLabel,
  ratings,
  stageLabel,
  statuses,
  statusLabel,
} from '@civic/shared/vocabulary';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AgreementMark, RatingBadge } from '../components/rating-badge.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { AssessmentForm } from '../features/assessment/components/assessment-form.tsx';
import { LegislativeStepper } from '../features/initiative/components/legislative-stepper.tsx';
import { changeLanguage, initI18n } from './i18n.ts';

// statusLabel, kindLabel, stageLabel, ratingLabel and agreementLabel are what the API's CSV rows and Atom entries print.
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

    it.each(ratings)(
      'when the independent rating %s is shown, then its badge reads what the CSV and Atom files write',
      (rating) => {
        render(<RatingBadge rating={rating} />);
        expect(document.body.textContent?.trim()).toBe(ratingLabel(rating, lang));
      },
    );

    it('when a monitor picks a rating, then the options read what the CSV and Atom files write, in scale order', () => {
      const initiative = { id: 'senate-council-local-bodies', version: 1 } as InitiativeDetail;
      render(
        <QueryClientProvider client={new QueryClient()}>
          <AssessmentForm initiative={initiative} onChanged={() => {}} />
        </QueryClientProvider>,
      );
      const options = within(screen.getByRole('combobox')).getAllByRole('option').slice(1);
      expect(options.map((option) => option.textContent)).toEqual(ratings.map((rating) => ratingLabel(rating, lang)));
    });

    it('when a rating or agreement is named in a chart, column or filter, then the page text is the shared one', () => {
      for (const rating of ratings) expect(i18next.t(`rating.${rating}`)).toBe(ratingLabel(rating, lang));
      for (const agreement of agreements)
        expect(i18next.t(`agreement.${agreement}`)).toBe(agreementLabel(agreement, lang));
    });

    it('when agreement is marked, then the mark reads the shared label, and nothing shows when not assessed', () => {
      for (const agreement of agreements.filter((a) => a !== 'not_assessed')) {
        const { container, unmount } = render(<AgreementMark agreement={agreement} />);
        expect(container.textContent).toBe(agreementLabel(agreement, lang));
        unmount();
      }
      const { container } = render(<AgreementMark agreement="not_assessed" />);
      expect(container.textContent).toBe('');
    });

    it('when a kind is named, then the page text is the shared one', () => {
      for (const kind of kinds) expect(i18next.t(`kind.${kind}`)).toBe(kindLabel(kind, lang));
    });

    it('when the product names itself, then the pages say what the feeds and exports say', () => {
      expect(i18next.t('app.name')).toBe(productNames[lang]);
    });
  });
});
