import { useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import { matchKnowledge, type KnowledgeMatch } from '../../../shared/intake/knowledge';
import { normalisePhone, type PhoneResult } from '../../../shared/intake/phone';
import type { ApiClient } from '../api/client';
import { whenIdle } from '../app/lazy-page';
import type { CallerHistory } from './CallerHistoryPanel';
import { useDebounced } from './use-debounced';

type KnowledgeEntry = MethodOutput<'knowledge:list'>['entries'][number];
export type DuplicateMatch = MethodOutput<'intake:duplicates'>['matches'][number];
type CaseLine = DuplicateMatch['case'];
export type CategorySuggestion = MethodOutput<'intake:suggestCategories'>['suggestions'][number];
type ModelLearning = NonNullable<MethodOutput<'intake:suggestCategories'>['learning']>;

export interface AssistInput {
  readonly phone: string;
  readonly description: string;
  readonly committeeId: string | null;
  readonly categoryId: string | null;
}

export interface Assist {
  readonly phone: PhoneResult | null;
  readonly history: CallerHistory | null;
  readonly historyLoading: boolean;
  readonly suggestions: readonly CategorySuggestion[];
  /** The category model still learning after the core's start: how far it is; null once it suggests. */
  readonly modelLearning: ModelLearning | null;
  readonly knowledge: readonly KnowledgeMatch<KnowledgeEntry>[];
  readonly duplicates: readonly DuplicateMatch[];
  /** The committee's other open cases of the chosen category: not judged repeats, but one key from being linked as one. */
  readonly openOfCategory: readonly CaseLine[];
}

/** A pause this long in typing triggers the lookups; short enough to feel instant. */
const pauseMs = 150;
/** While the model learns, the suggestions are asked for again this often. */
const learningPollMs = 1_000;

/**
 * Everything intake looks up while the operator types: the caller's history once the number is
 * valid, category suggestions, knowledge answers, and
 * repeat-call candidates once the committee is known. A stale answer never
 * overwrites a newer one.
 */
export function useIntakeAssist(api: ApiClient, input: AssistInput): Assist {
  const phone = useMemo(() => (input.phone.trim() === '' ? null : normalisePhone(input.phone)), [input.phone]);
  const e164 = phone?.ok ? phone.e164 : null;
  const [history, setHistory] = useState<CallerHistory | null>(null);
  const [historyLoading, setHistoryLoading] = useState(false);
  const [entries, setEntries] = useState<readonly KnowledgeEntry[]>([]);
  const [suggestions, setSuggestions] = useState<readonly CategorySuggestion[]>([]);
  const [modelLearning, setModelLearning] = useState<ModelLearning | null>(null);
  const [duplicates, setDuplicates] = useState<readonly DuplicateMatch[]>([]);
  const [openOfCategory, setOpenOfCategory] = useState<readonly CaseLine[]>([]);
  const description = useDebounced(input.description, pauseMs);

  // Needed once a description is typed, not for the first key into the form just shown.
  useEffect(() => whenIdle(() => void api.call('knowledge:list', {}).then((r) => setEntries(r.entries), () => setEntries([]))), [api]);

  useEffect(() => {
    setHistory(null);
    if (!e164) return;
    let current = true;
    setHistoryLoading(true);
    api
      .call('intake:callerHistory', { phone: e164 })
      .then((h) => current && setHistory(h), () => undefined)
      .finally(() => current && setHistoryLoading(false));
    return () => {
      current = false;
    };
  }, [api, e164]);

  useEffect(() => {
    setModelLearning(null);
    if (description.trim() === '') return setSuggestions([]);
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      api.call('intake:suggestCategories', { description: description.slice(0, 4000) }).then((r) => {
        if (!current) return;
        setSuggestions(r.suggestions);
        setModelLearning(r.learning);
        if (r.learning) retry = setTimeout(() => void ask(), learningPollMs);
      }, () => undefined);
    void ask();
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [api, description]);

  const { committeeId, categoryId } = input;
  useEffect(() => {
    // The committee is enough: before a category is chosen the core asks more of the words.
    if (!committeeId) {
      setDuplicates([]);
      setOpenOfCategory([]);
      return;
    }
    let current = true;
    api
      .call('intake:duplicates', { phone: e164 ?? '', committeeId, categoryId: categoryId ?? null, description: description.slice(0, 4000) })
      .then((r) => {
        if (!current) return;
        setDuplicates(r.matches);
        setOpenOfCategory(r.openOfCategory);
      }, () => undefined);
    return () => {
      current = false;
    };
  }, [api, e164, committeeId, categoryId, description]);

  const knowledge = useMemo(() => matchKnowledge(entries, description), [entries, description]);
  // The same object while nothing in it changed: a digit typed into the number does not draw the panels again.
  return useMemo(
    () => ({ phone, history, historyLoading, suggestions, modelLearning, knowledge, duplicates, openOfCategory }),
    [phone, history, historyLoading, suggestions, modelLearning, knowledge, duplicates, openOfCategory],
  );
}
