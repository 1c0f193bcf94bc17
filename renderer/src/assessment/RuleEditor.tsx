import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import { useTranslation } from 'react-i18next';
import { AssessmentRule } from '../../../shared/assessment/rule';
import { useApp } from '../app/session';
import { Kbd } from '../keyboard/Kbd';
import { shortcuts } from '../keyboard/shortcuts';
import { LiveStatus } from '../live/LiveStatus';
import { useLiveCall } from '../live/use-live-call';

/** Each field of the form: where it lives in the rule, and whether it is shown as a percentage. */
const fields = [
  ['weights', 'response', true],
  ['weights', 'resolution', true],
  ['weights', 'satisfaction', true],
  ['bonus', 'group', false],
  ['bonus', 'legacy', false],
  ['deduction', 'yellow', false],
  ['deduction', 'red', false],
  ['deduction', 'hasty', false],
  ['interview', 'red', false],
  ['interview', 'hasty', false],
  ['interview', 'satisfactionBelow', true],
  ['interview', 'minEvaluated', false],
  ['', 'groupMinCalls', false],
  ['', 'legacyMinDays', false],
  ['', 'hastyReplyMinutes', false],
  ['', 'hastySimilarity', false],
] as const;
type Field = (typeof fields)[number];
const keyOf = (f: Field) => (f[0] ? `${f[0]}.${f[1]}` : f[1]);

function read(rule: AssessmentRule, f: Field): number {
  const v = f[0] ? (rule[f[0]] as Record<string, number>)[f[1]]! : (rule as unknown as Record<string, number>)[f[1]]!;
  return f[2] ? Math.round(v * 10000) / 100 : v;
}

function write(rule: AssessmentRule, values: Record<string, string>): unknown {
  const out = JSON.parse(JSON.stringify(rule)) as Record<string, Record<string, number> | number>;
  for (const f of fields) {
    const n = Number(values[keyOf(f)]);
    const v = f[2] ? n / 100 : n;
    if (f[0]) (out[f[0]] as Record<string, number>)[f[1]] = v;
    else out[f[1]] = v;
  }
  return out;
}

/** 考核规则: an admin edits weights, bonuses, deductions and interview thresholds; saving makes the next version. */
export function RuleEditor({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const { api, session } = useApp();
  const live = useLiveCall('assessment:rule', {}, { caseIds: [] });
  const rule = live.data;
  const editable = session.user.role === 'admin';
  const [values, setValues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (rule) setValues(Object.fromEntries(fields.map((f) => [keyOf(f), String(read(rule, f))])));
  }, [rule]);

  const save = async () => {
    if (!rule || !editable) return;
    const parsed = AssessmentRule.safeParse(write(rule, values));
    if (!parsed.success) {
      setMessage({ ok: false, text: t('rules.invalid') });
      return;
    }
    const saved = await api.call('assessment:saveRule', { rule: parsed.data });
    setMessage({ ok: true, text: t('rules.saved', { version: saved.version }) });
    live.reload();
    onSaved();
  };
  useHotkeys(shortcuts.saveRule.keys, () => void save(), { enableOnFormTags: true, preventDefault: true, enabled: editable }, [values, rule]);

  const group = (name: 'weights' | 'bonus' | 'deduction' | 'interview' | '') => (
    <Box key={name || 'other'} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" sx={{ mb: 1 }}>{t(`rules.group.${name || 'other'}`)}</Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        {fields.filter((f) => f[0] === name).map((f) => (
          <TextField
            key={keyOf(f)}
            size="small"
            type="number"
            label={`${t(`rules.field.${keyOf(f).replace('.', '_')}`)}${f[2] ? ' (%)' : ''}`}
            value={values[keyOf(f)] ?? ''}
            disabled={!editable}
            autoFocus={editable && f === fields[0]}
            onChange={(e) => setValues((v) => ({ ...v, [keyOf(f)]: e.target.value }))}
            slotProps={{ htmlInput: { step: 'any', 'data-testid': `rule-${keyOf(f)}` } }}
            sx={{ width: 190 }}
          />
        ))}
      </Stack>
    </Box>
  );

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="rules-title">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" id="rules-title">{t('rules.title')}</Typography>
        {rule && <Typography data-testid="rule-current">{t('assessment.ruleVersion', { version: rule.version })}</Typography>}
        <Box sx={{ flexGrow: 1 }} />
        {editable && (
          <Button variant="contained" onClick={() => void save()} disabled={!rule}>
            {t('rules.save')}<Kbd>{shortcuts.saveRule.label}</Kbd>
          </Button>
        )}
      </Stack>
      <LiveStatus live={live} testId="rules-error" />
      {!editable && <Alert severity="info" sx={{ mb: 2 }}>{t('rules.readOnly')}</Alert>}
      {message && <Alert severity={message.ok ? 'success' : 'error'} sx={{ mb: 2 }} data-testid="rule-message">{message.text}</Alert>}
      {rule && (['weights', 'bonus', 'deduction', 'interview', ''] as const).map(group)}
      <Typography variant="body2" color="text.secondary">{t('rules.hint')}</Typography>
    </Paper>
  );
}
