import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';

/**
 * F2 over an unsaved call: asked once, since the caller's words would be lost. The discard
 * button has the focus, so Enter (or F2 pressed again) starts the new call; Esc keeps this one.
 */
export function NewCallPrompt({ onDiscard, onKeep }: { onDiscard: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onKeep} aria-labelledby="new-call-title" aria-describedby="new-call-text">
      <DialogTitle id="new-call-title">{t('newCall.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="new-call-text">{t('newCall.text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeep}>
          {t('newCall.keep')}
          <Kbd>Esc</Kbd>
        </Button>
        <Button variant="contained" color="warning" onClick={onDiscard} autoFocus>
          {t('newCall.discard')}
          <Kbd>{`Enter / ${shortcuts.newCase.label}`}</Kbd>
        </Button>
      </DialogActions>
    </Dialog>
  );
}
