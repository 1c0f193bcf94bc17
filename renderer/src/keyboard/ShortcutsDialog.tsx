import { Dialog, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Kbd } from './Kbd';
import { shortcuts, type ShortcutName } from './shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {(Object.keys(shortcuts) as ShortcutName[]).map((name) => (
              <TableRow key={name}>
                <TableCell>{t(`shortcuts.${name}`)}</TableCell>
                <TableCell>
                  <Kbd>{shortcuts[name].label}</Kbd>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
