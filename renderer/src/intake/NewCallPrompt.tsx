import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { shortcuts } from '../keyboard/shortcuts';

/**
 * F2 over an unsaved call: asked once, since the caller's words would be lost. Enter (or F2
 * pressed again) starts the new call; Esc keeps this one.
 */
export function NewCallPrompt({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('newCall.title')}
      text={t('newCall.text')}
      confirm={t('newCall.discard')}
      confirmKey={`Enter / ${shortcuts.newCase.label}`}
      cancel={t('newCall.keep')}
      onConfirm={onDiscard}
      onCancel={onKeep}
    />
  );
}
