import type { Language } from '../api/envelope';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export const messages: Record<Language, Messages> = { 'zh-CN': zhCN, en };
export type { Messages };
