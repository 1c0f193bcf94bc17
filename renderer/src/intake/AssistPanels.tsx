import { Alert, Box, Button, Chip, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import type { EmergencyMatch } from '../../../shared/intake/emergency';
import type { RepeatChoice } from './repeat-choices';
import type { Assist } from './use-intake-assist';

interface CallProps {
  readonly assist: Assist;
  /** The emergency prompt to show (one the operator dismissed is not). */
  readonly emergency: EmergencyMatch | null;
  readonly onAcceptCategory: (categoryId: string) => void;
  readonly onTransfer: () => void;
  readonly onDismissEmergency: () => void;
}

interface OfferProps {
  readonly assist: Assist;
  readonly onAnswer: () => void;
  /** The open cases the call may be linked to, and which of them Alt+D links. */
  readonly repeatChoices: readonly RepeatChoice[];
  readonly chosenRepeat: number;
  readonly onLink: () => void;
  readonly onNextChoice: () => void;
}

const minAlternativeConfidence = 0.05;

/** A model's guess never reads 100 %: a call is clear, not certain, and the operator should still glance at it. */
const shownPercent = (confidence: number) => Math.min(99, Math.round(confidence * 100));

/**
 * What is already known of the call (a case it repeats, a knowledge-base answer), each with the
 * one key that acts on it; beside the form under the caller's history, where a short screen still
 * shows them. Memoised (its handlers are stable): a key typed into another field does not draw it again.
 */
export const KnownOffers = memo(function KnownOffers({ assist, repeatChoices, chosenRepeat, onAnswer, onLink, onNextChoice }: OfferProps) {
  const { t } = useTranslation();
  const [topAnswer] = assist.knowledge;
  const offered = repeatChoices.some((c) => c.reasons.length > 0);
  return (
    <Stack spacing={1}>
      {repeatChoices.length > 0 && <RepeatOffer choices={repeatChoices} chosen={chosenRepeat} offered={offered} onLink={onLink} onNextChoice={onNextChoice} />}
      {topAnswer && (
        <Paper variant="outlined" sx={{ p: 1, borderColor: 'info.main' }} data-testid="knowledge-answer">
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="subtitle2" sx={{ flex: 1 }}>
              {t('intakeKeys.knowledge')} · {topAnswer.entry.question}
            </Typography>
            <Button size="small" variant="outlined" onClick={onAnswer}>
              {t('intakeKeys.answerAndClose')}
              <Kbd>{shortcuts.answerInquiry.label}</Kbd>
            </Button>
          </Box>
          <Typography variant="body2">{topAnswer.entry.answer}</Typography>
        </Paper>
      )}
    </Stack>
  );
});

/**
 * What the words say of the call itself (an emergency, the category the model reads), under the
 * description, each with the one key that acts on it. Memoised as KnownOffers is.
 */
export const CallAssist = memo(function CallAssist({ assist, emergency, onAcceptCategory, onTransfer, onDismissEmergency }: CallProps) {
  const { t } = useTranslation();
  const names = useNames();
  const { suggestions, modelLearning } = assist;
  return (
    <Stack spacing={1}>
      {emergency && (
        <Alert
          severity="error"
          variant="filled"
          data-testid="emergency-banner"
          action={
            <>
              <Button color="inherit" onClick={onTransfer}>
                {t('intakeKeys.transfer')}
                <Kbd>{shortcuts.emergencyTransfer.label}</Kbd>
              </Button>
              <Button color="inherit" onClick={onDismissEmergency} data-testid="dismiss-emergency">
                {t('emergencyDismiss.dismiss')}
                <Kbd>{shortcuts.dismissEmergency.label}</Kbd>
              </Button>
            </>
          }
        >
          {t('intakeKeys.emergency', { words: emergency.matched.join('、'), service: t(`intakeKeys.service.${emergency.service}`) })}
          {emergency.also.length > 0 &&
            ` ${t('intakeKeys.emergencyAlso', { services: emergency.also.map((s) => t(`intakeKeys.service.${s}`)).join('、') })}`}
        </Alert>
      )}
      {modelLearning && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }} role="status" data-testid="model-learning">
          <Typography variant="body2" color="text.secondary">
            {t('intakeKeys.modelLearning', { percent: Math.floor((100 * modelLearning.done) / modelLearning.total) })}
          </Typography>
          <LinearProgress variant="determinate" value={(100 * modelLearning.done) / modelLearning.total} sx={{ width: 120 }} />
        </Box>
      )}
      {/* A call to transfer is no case of a category: a fire read as 电动车违规充电 would only mislead. */}
      {!emergency && suggestions.length > 0 && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="category-suggestions">
          <Typography variant="body2" color="text.secondary">
            {t('intakeKeys.suggestions')}
          </Typography>
          {/* An alternative the model rates under 5 % is no suggestion: a row of "0 %" chips only distracts. */}
          {suggestions.filter((s, i) => i === 0 || s.confidence >= minAlternativeConfidence).map((s, i) => (
            <Chip
              key={s.categoryId}
              tabIndex={-1}
              onClick={() => onAcceptCategory(s.categoryId)}
              color={i === 0 ? 'secondary' : 'default'}
              variant={i === 0 ? 'filled' : 'outlined'}
              label={
                <>
                  {names.category.get(s.categoryId) ?? s.categoryId} {shownPercent(s.confidence)}%
                  {i === 0 && <Kbd>{shortcuts.acceptCategory.label}</Kbd>}
                </>
              }
            />
          ))}
        </Box>
      )}
    </Stack>
  );
});

/** The open cases the call may repeat, the one Alt+D links marked, Alt+J to move down them. */
function RepeatOffer({
  choices,
  chosen,
  offered,
  onLink,
  onNextChoice,
}: {
  choices: readonly RepeatChoice[];
  chosen: number;
  offered: boolean;
  onLink: () => void;
  onNextChoice: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 1, borderColor: offered ? 'warning.main' : 'divider' }} data-testid="duplicate-offer">
      {/* A Chinese title never breaks inside a word (可能的重 / 复件): in a narrow column the keys go to the next line. */}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" sx={{ flex: '1 1 auto', wordBreak: 'keep-all' }}>
          {offered ? t('intakeKeys.duplicates') : t('intakeKeys.openOfCategory')}
        </Typography>
        {choices.length > 1 && (
          <Button size="small" onClick={onNextChoice} tabIndex={-1}>
            {t('intakeKeys.nextChoice')}
            <Kbd>{shortcuts.nextRepeatChoice.label}</Kbd>
          </Button>
        )}
        <Button size="small" variant="outlined" onClick={onLink} tabIndex={-1}>
          {t('intakeKeys.linkAsChild')}
          <Kbd>{shortcuts.linkDuplicate.label}</Kbd>
        </Button>
      </Box>
      <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={offered ? t('intakeKeys.duplicates') : t('intakeKeys.openOfCategory')}>
        {choices.map((c, i) => {
          const listedOnly = c.reasons.length === 0;
          const firstListed = listedOnly && (i === 0 || (choices[i - 1]?.reasons.length ?? 0) > 0);
          return (
            <li key={c.case.id} aria-current={i === chosen ? 'true' : undefined} data-testid={i === chosen ? 'repeat-chosen' : undefined}>
              {firstListed && offered && (
                <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
                  {t('intakeKeys.openOfCategory')}
                </Typography>
              )}
              <Typography
                variant="body2"
                sx={{ px: 0.5, borderRadius: 0.5, bgcolor: i === chosen ? 'action.selected' : undefined, color: listedOnly && i !== chosen ? 'text.secondary' : undefined }}
              >
                <Box component="span" sx={{ fontFamily: 'monospace', mr: 1 }}>
                  {c.case.number}
                </Box>
                {t(`status.${c.case.status}`)}
                {!listedOnly && ` · ${c.reasons.map((r) => t(r === 'same_phone' ? 'intakeKeys.samePhone' : 'intakeKeys.similarText')).join(' · ')}`}
                {/* Its own line, two at most: what the case is about is what tells a repeat. */}
                <Box
                  component="span"
                  sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
                >
                  {c.case.description}
                </Box>
              </Typography>
            </li>
          );
        })}
      </Box>
    </Paper>
  );
}
