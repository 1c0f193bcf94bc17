import { Dialog, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/reference/types';
import { Kbd } from './Kbd';
import { shortcutGroupsFor } from './shortcut-groups';
import { shortcuts } from './shortcuts';

/** F1 / ?: the keys this role can use, by where they work. */
export function ShortcutsDialog({ open, onClose, role }: { open: boolean; onClose: () => void; role: Role }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small">
          <TableBody>
            {shortcutGroupsFor(role).map((group) => (
              <Fragment key={group.name}>
                <TableRow data-testid="shortcut-group">
                  <TableCell colSpan={2} sx={{ pt: 2 }}>
                    <Typography variant="subtitle2" component="h3">
                      {t(`shortcutGroups.${group.name}`)}
                    </Typography>
                  </TableCell>
                </TableRow>
                {group.keys.map((name) => (
                  <TableRow key={name}>
                    <TableCell>{t(`shortcuts.${name}`)}</TableCell>
                    <TableCell>
                      <Kbd>{shortcuts[name].label}</Kbd>
                    </TableCell>
                  </TableRow>
                ))}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
