import { describe, expect, it } from 'vitest';
import { matchKnowledge, type KnowledgeEntry } from './knowledge';

const entries: KnowledgeEntry[] = [
  {
    id: 'meal',
    question: '助餐点在哪里？',
    answer: '高行镇长者食堂在东靖路，午餐 11:00–12:30，行动不便的老人可申请送餐上门。',
    keywords: ['助餐', '长者食堂', '老年食堂', '送餐'],
  },
  {
    id: 'waste',
    question: '垃圾分类投放时间是几点？',
    answer: '定时投放：每天 7:00–9:00、18:00–20:00，其余时间请投放到误时投放点。',
    keywords: ['垃圾分类', '投放时间', '湿垃圾', '干垃圾'],
  },
  {
    id: 'residence',
    question: '居住证怎么办理？',
    answer: '带身份证、租赁合同或产权证明，到镇社区事务受理服务中心办理。',
    keywords: ['居住证', '暂住证', '积分'],
  },
  {
    id: 'allowance',
    question: '高龄老人津贴怎么申请？',
    answer: '本市户籍年满 80 岁的老人，持身份证到居委会申请，次月起发放。',
    keywords: ['高龄津贴', '营养补贴', '老人补贴'],
  },
  {
    id: 'medical',
    question: '医保卡丢了怎么补办？',
    answer: '带身份证到社区事务受理服务中心挂失补办，约 20 个工作日。',
    keywords: ['医保卡', '社保卡', '补办'],
  },
];
const ids = (text: string, k?: number) => matchKnowledge(entries, text, k).map((m) => m.entry.id);

describe('matchKnowledge', () => {
  it.each([
    ['我想问一下附近的助餐点在哪里', 'meal'],
    ['老人腿脚不好，长者食堂能送餐吗', 'meal'],
    ['湿垃圾早上几点可以扔', 'waste'],
    ['垃圾分类的投放时间是几点到几点', 'waste'],
    ['外地来的，居住证要带什么材料去办理', 'residence'],
    ['我父亲九十岁了，高龄津贴怎么申请', 'allowance'],
    ['社保卡丢了，在哪里补办', 'medical'],
  ])('%s → %s first', (text, id) => {
    expect(ids(text)[0]).toBe(id);
  });

  it('does not match on question words alone: 在哪里, 怎么办理', () => {
    expect(ids('你们在哪里')).toEqual([]);
    expect(ids('这个事情怎么办理')).toEqual([]);
  });

  it('reports the score and the keywords found', () => {
    const [best] = matchKnowledge(entries, '长者食堂可以送餐吗', 1);
    expect(best?.keywordHits).toEqual(['长者食堂', '送餐']);
    expect(best?.score).toBeGreaterThanOrEqual(1);
  });

  it('ranks best first, stops at k, and returns nothing for unrelated or empty text', () => {
    const scores = matchKnowledge(entries, '助餐点在哪里，居住证在哪里办理', 5).map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ids('助餐点在哪里，居住证在哪里办理', 1)).toHaveLength(1);
    expect(ids('楼上半夜拖椅子，吵得睡不着')).toEqual([]);
    expect(ids('  ，。')).toEqual([]);
    expect(matchKnowledge([], '助餐点在哪里')).toEqual([]);
  });

  it('offers nothing to a complaint that only names the place or topic of an entry', () => {
    const bridge = { id: 'kb.bridge', question: '金京路、金高路的桥下空间开放了吗？', answer: '已开放。', keywords: ['桥下空间', '金高路'] };
    const meals = { id: 'kb.meal', question: '老年助餐点在哪里？', answer: '东靖路。', keywords: ['助餐', '助餐点'] };
    expect(matchKnowledge([bridge, meals], '金高路上的路灯坏了，晚上很黑')).toEqual([]);
    expect(matchKnowledge([bridge, meals], '我要投诉助餐点的饭菜太咸')).toEqual([]);
    expect(matchKnowledge([bridge, meals], '金高路桥下空间现在开放了吗')[0]?.entry.id).toBe('kb.bridge');
    // Shorthand from the synonym list reaches the entry's words.
    const water = { id: 'kb.water', question: '停水什么时候恢复？', answer: '尽快。', keywords: ['停水'] };
    expect(matchKnowledge([water], '家里没水了，什么时候有水', 3, [{ id: 's', term: '停水', forms: ['没水'] }])[0]?.entry.id).toBe('kb.water');
  });
});
