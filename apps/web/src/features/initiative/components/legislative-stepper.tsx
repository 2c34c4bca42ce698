import { type LegislativeStage, legislativeStages } from '@civic/shared/vocabulary';
import { useTranslation } from 'react-i18next';

export interface LegislativeStepperProps {
  stage: LegislativeStage | null;
}

export function LegislativeStepper({ stage }: LegislativeStepperProps) {
  const { t } = useTranslation();
  const current = stage ? legislativeStages.indexOf(stage) : -1;
  return (
    <section className="card" aria-labelledby="stage-heading">
      <h2 id="stage-heading">{t('stage.label')}</h2>
      <ol className="stepper">
        {legislativeStages.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={step} className={`step step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="step-marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="step-label">
                {t(`stage.${step}`)}
                {state !== 'todo' && <span className="visually-hidden"> ({t(`stage.${state}`)})</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
