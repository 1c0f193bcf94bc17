import type { SynonymGroup } from '../intake/synonyms';

/** Shorthand the demo town's callers and operators use; an admin edits the list (同义词). */
export const demoSynonyms: readonly SynonymGroup[] = [
  { id: 'syn.weijian', term: '违章搭建', forms: ['违建', '私搭乱建', '违法搭建', '加盖'] },
  { id: 'syn.tingshui', term: '停水', forms: ['断水', '没水', '不来水'] },
  { id: 'syn.tingdian', term: '停电', forms: ['断电', '没电'] },
  { id: 'syn.zhucan', term: '助餐', forms: ['老年餐', '送餐', '长者食堂'] },
  { id: 'syn.qunzu', term: '群租', forms: ['群租房', '二房东'] },
  { id: 'syn.wuye', term: '物业', forms: ['物业公司', '物业管理处'] },
  { id: 'syn.ludeng', term: '路灯', forms: ['街灯'] },
  { id: 'syn.jinggai', term: '窨井盖', forms: ['井盖', '窨井', '下水道盖子', '下水道盖', '井口'] },
  { id: 'syn.yexiang', term: '异响', forms: ['怪声音', '怪声', '响声', '摩擦声', '咯噔', '异常声音'] },
  { id: 'syn.huangdong', term: '晃动', forms: ['抖动', '抖一下', '晃得', '摇晃'] },
  { id: 'syn.shaojiao', term: '烧焦', forms: ['焦味', '焦糊味', '烧焦味'] },
  { id: 'syn.maoyan', term: '冒烟', forms: ['冒白烟', '冒黑烟'] },
  { id: 'syn.diushi', term: '丢失', forms: ['不见了', '被偷了', '被偷', '丢了'] },
  { id: 'syn.fahuang', term: '发黄', forms: ['黄黄的', '变黄', '泛黄'] },
  { id: 'syn.yejian', term: '夜间', forms: ['半夜', '深夜', '夜里', '凌晨'] },
  { id: 'syn.diandongche', term: '电动车', forms: ['电瓶车', '电动自行车'] },
  { id: 'syn.gongxiangdanche', term: '共享单车', forms: ['小黄车', '共享自行车'] },
  { id: 'syn.xiaoguanggao', term: '小广告', forms: ['牛皮癣', '乱张贴'] },
  { id: 'syn.zhandao', term: '占道经营', forms: ['流动摊贩', '马路摊', '乱摆摊'] },
  { id: 'syn.loushui', term: '漏水', forms: ['渗水', '滴水'] },
  { id: 'syn.honglvdeng', term: '红绿灯', forms: ['信号灯', '交通灯'] },
  { id: 'syn.zhuangxiu', term: '装修', forms: ['装潢'] },
  { id: 'syn.gaokong', term: '高空抛物', forms: ['往楼下扔', '从楼上扔'] },
];
