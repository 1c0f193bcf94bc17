import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useId } from 'react';
import { Kbd } from '../keyboard/Kbd';

interface Props {
  readonly title: string;
  readonly text: string;
  readonly confirm: string;
  /** The confirm button's key cap: Enter, and any key that also confirms (F2 again over a call). */
  readonly confirmKey?: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A step that cannot be taken back, asked once: it names what goes. The confirm button has the
 * focus, so Enter takes the step the person just asked for; Esc (or the other button) keeps things.
 */
export function ConfirmDialog({ title, text, confirm, confirmKey = 'Enter', cancel, onConfirm, onCancel }: Props) {
  const id = useId();
  return (
    <Dialog open onClose={onCancel} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={`${id}-text`}>{text}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>
          {cancel}
          <Kbd>Esc</Kbd>
        </Button>
        <Button variant="contained" color="warning" onClick={onConfirm} autoFocus>
          {confirm}
          <Kbd>{confirmKey}</Kbd>
        </Button>
      </DialogActions>
    </Dialog>
  );
}
