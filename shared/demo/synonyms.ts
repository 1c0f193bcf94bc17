import type { SynonymGroup } from '../intake/synonyms';

/** Shorthand the demo town's callers and operators use; an admin edits the list (同义词). */
export const demoSynonyms: readonly SynonymGroup[] = [
  { id: 'syn.weijian', term: '违章搭建', forms: ['违建', '私搭乱建', '违法搭建'] },
  { id: 'syn.tingshui', term: '停水', forms: ['断水', '没水', '不来水'] },
  { id: 'syn.tingdian', term: '停电', forms: ['断电', '没电'] },
  { id: 'syn.zhucan', term: '助餐', forms: ['老年餐', '送餐', '长者食堂'] },
  { id: 'syn.qunzu', term: '群租', forms: ['群租房', '二房东'] },
  { id: 'syn.wuye', term: '物业', forms: ['物业公司', '物业管理处'] },
  { id: 'syn.ludeng', term: '路灯', forms: ['街灯'] },
  { id: 'syn.jinggai', term: '窨井盖', forms: ['井盖', '窨井', '下水道盖子'] },
];
