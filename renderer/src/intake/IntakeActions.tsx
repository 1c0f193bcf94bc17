import { Box, Button, Typography } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';

/**
 * The save bar: where Ctrl+Enter sends the case and the two saves. Memoised: a key typed into the
 * form draws it again only when the unit or the saving state changes.
 */
export const IntakeActions = memo(function IntakeActions({
  categoryName,
  unitName,
  saving,
  onSave,
}: {
  categoryName: string | null;
  unitName: string | null;
  saving: boolean;
  onSave: (dispatch: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    // Held at the foot of the screen: once the suggestions open, the form is taller than a 900-px
    // screen. It sticks inside the page's padding, so it reaches down over that strip too instead
    // of letting the form show through beneath it.
    <Box
      data-testid="intake-actions"
      sx={{ position: 'sticky', bottom: (theme) => theme.spacing(-2), zIndex: 1, display: 'flex', gap: 2, justifyContent: 'flex-end', pt: 1.5, pb: 3.5, bgcolor: 'background.paper', borderTop: 1, borderColor: 'divider' }}
    >
      {/* What Ctrl+Enter files and where it sends it, in view when the category and unit fields are scrolled under this bar (Alt+A takes a category unseen). */}
      <Box sx={{ display: 'flex', gap: 1.5, alignSelf: 'center', mr: 'auto', minWidth: 0 }}>
        <Typography variant="body2" color={categoryName ? 'text.primary' : 'text.secondary'} data-testid="chosen-category" noWrap>
          {categoryName ?? t('intake.noCategoryYet')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          ·
        </Typography>
        <Typography variant="body2" color={unitName ? 'text.primary' : 'text.secondary'} data-testid="dispatch-target" noWrap>
          {unitName ? t('intake.dispatchTo', { unit: unitName }) : t('intake.noUnitYet')}
        </Typography>
      </Box>
      <Button variant="outlined" onClick={() => onSave(false)} disabled={saving}>
        {t('intake.saveOnly')}
        <Kbd>{shortcuts.saveOnly.label}</Kbd>
      </Button>
      <Button variant="contained" onClick={() => onSave(true)} disabled={saving}>
        {t('intake.saveAndDispatch')}
        <Kbd>{shortcuts.save.label}</Kbd>
      </Button>
    </Box>
  );
});
