import { Autocomplete, Dialog, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildPinyinIndex, searchPinyinIndex } from '../../../shared/intake/pinyin-match';

export interface Template {
  readonly id: string;
  readonly key: string;
  readonly text: string;
}

/** 常用语: type a template's short key (fy) or any of its words, Enter inserts it into the description. */
export function TemplateDialog({ templates, onPick, onClose }: { templates: readonly Template[]; onPick: (t: Template) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const index = useMemo(() => buildPinyinIndex(templates.map((x) => ({ ...x, name: x.text }))), [templates]);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="templates-title">
      <DialogTitle id="templates-title">{t('intakeKeys.templates')}</DialogTitle>
      <DialogContent>
        <Autocomplete
          open
          options={templates as Template[]}
          getOptionLabel={(x) => `${x.key} · ${x.text}`}
          filterOptions={(all, { inputValue }) => {
            const q = inputValue.trim().toLowerCase();
            if (q === '') return all;
            const byKey = all.filter((x) => x.key.startsWith(q));
            const byText = searchPinyinIndex(index, q, 20).map((m) => m.item).filter((x) => !byKey.includes(x));
            return [...byKey, ...byText];
          }}
          onChange={(_e, x) => x && onPick(x)}
          autoHighlight
          disablePortal
          renderInput={(params) => <TextField {...params} autoFocus label={t('intakeKeys.templateHint')} sx={{ mt: 1 }} />}
        />
      </DialogContent>
    </Dialog>
  );
}
