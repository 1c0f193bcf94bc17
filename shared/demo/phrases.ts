/** An answer an operator can give at once for a common inquiry (咨询), so no case has to be dispatched. */
export interface KnowledgeEntry {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly keywords: readonly string[];
}

/** A stock phrase (常用语) the operator inserts into a case description with a key. */
export interface PhraseTemplate {
  readonly id: string;
  readonly key: string;
  readonly text: string;
}

/** Demo answers: plausible, not official policy; a real town replaces them. */
export const demoKnowledge: readonly KnowledgeEntry[] = [
  {
    id: 'kb.meal-points',
    question: '高行镇的老年助餐点在哪里？',
    answer:
      '镇内设有社区长者食堂和多个助餐点，60周岁以上老人可凭身份证或社保卡就餐；独居、纯老或行动不便的老人可向所在居委申请送餐上门。具体地址可咨询所在居委或助餐服务中心。',
    keywords: ['助餐', '长者食堂', '送餐', '老人吃饭', '助餐点'],
  },
  {
    id: 'kb.sorting-hours',
    question: '小区垃圾分类定时定点投放是什么时间？',
    answer:
      '一般为早上7:00—9:00、晚上18:00—20:00，具体以小区公示为准；湿垃圾需破袋投放，有害垃圾投放到红色桶，大件垃圾需预约清运。',
    keywords: ['垃圾分类', '投放时间', '湿垃圾', '干垃圾', '定时定点'],
  },
  {
    id: 'kb.residence-permit',
    question: '居住证怎么办理？',
    answer:
      '先到居住地居委或派出所办理居住登记，满半年后携带身份证、居住登记凭证、近期照片及在沪就业或就学材料到社区事务受理中心申请，也可通过“一网通办”网上申请。',
    keywords: ['居住证', '居住登记', '积分', '办理'],
  },
  {
    id: 'kb.age-allowance',
    question: '高龄津贴怎么申请？',
    answer:
      '本市户籍、年满70周岁的老人可申请老年综合津贴，由本人或家属持身份证、户口簿、银行卡到社区事务受理中心办理，审核通过后按月发放。',
    keywords: ['高龄津贴', '老年综合津贴', '70周岁', '老人补贴'],
  },
  {
    id: 'kb.new-lift',
    question: '老小区加装电梯需要什么流程？',
    answer:
      '由居民向居委提出意向，本幢业主达到法定比例同意后，委托设计和施工单位出具方案，经公示无异议后报房管办和建管中心审批，可申请相应补贴。居委会全程协调。',
    keywords: ['加装电梯', '电梯补贴', '业主同意', '老公房'],
  },
  {
    id: 'kb.bulky-waste',
    question: '大件垃圾、装修垃圾怎么处理？',
    answer: '大件垃圾请联系物业或居委预约，放到指定堆放点；装修垃圾需袋装后堆放到指定地点，由环卫所统一清运，可能收取一定费用。',
    keywords: ['大件垃圾', '装修垃圾', '清运', '预约'],
  },
  {
    id: 'kb.home-care',
    question: '居家养老服务怎么申请？',
    answer: '60周岁以上有需求的老人可向居委提出申请，经老龄办组织评估后，根据照护等级提供助洁、助浴、助医等上门服务，部分费用可由长护险或补贴承担。',
    keywords: ['居家养老', '上门服务', '助浴', '助洁', '评估'],
  },
  {
    id: 'kb.ltci',
    question: '长护险怎么申请评估？',
    answer: '参加本市职工医保或居民医保、年满60周岁的老人，可到社区事务受理中心或通过“一网通办”申请老年照护统一需求评估，评估等级二至六级可享受长护险服务。',
    keywords: ['长护险', '长期护理保险', '照护评估', '护理'],
  },
  {
    id: 'kb.medical-card',
    question: '医保卡丢了怎么补办？',
    answer: '可先拨打挂失电话或在“随申办”挂失，再携带身份证到社区事务受理中心补办社保卡，补办期间可使用医保电子凭证就医。',
    keywords: ['医保卡', '社保卡', '补办', '挂失'],
  },
  {
    id: 'kb.school-enrolment',
    question: '孩子入学要准备哪些材料？',
    answer: '一般需户口簿、房产证或居住证、预防接种证明等，每年春季教育部门公布入学报名时间，请关注区教育局通知并在网上完成信息登记。',
    keywords: ['入学', '幼儿园', '小学', '报名', '对口'],
  },
  {
    id: 'kb.water-outage',
    question: '停水什么时候恢复？',
    answer: '计划停水会提前在小区公告；突发停水可拨打供水服务热线查询，镇水务站会协调供水单位尽快抢修恢复，并视情况安排临时送水。',
    keywords: ['停水', '供水', '抢修', '没水'],
  },
  {
    id: 'kb.underbridge',
    question: '金京路、金高路的桥下空间开放了吗？',
    answer: '金京路、金高路赵家沟北侧桥下空间已完成改造提升并向居民开放，设有健身步道、休憩座椅和儿童活动区，开放时间以现场公示为准。',
    keywords: ['桥下空间', '金京路', '金高路', '赵家沟', '健身步道'],
  },
];

export const demoTemplates: readonly PhraseTemplate[] = [
  { id: 'tpl.caller-reports', key: 'fy', text: '来电人反映：' },
  { id: 'tpl.caller-asks', key: 'zx', text: '来电人咨询：' },
  { id: 'tpl.urge', key: 'jk', text: '要求尽快处理。' },
  { id: 'tpl.contact-back', key: 'hf', text: '希望相关部门处理后回电告知。' },
  { id: 'tpl.told', key: 'ygz', text: '已告知来电人。' },
  { id: 'tpl.explained', key: 'jsh', text: '已向来电人做好解释工作，来电人表示理解。' },
  { id: 'tpl.repeat', key: 'cf', text: '来电人此前已多次反映，问题仍未解决。' },
  { id: 'tpl.anonymous', key: 'nm', text: '来电人要求匿名，不愿透露个人信息。' },
  { id: 'tpl.no-visit', key: 'bsm', text: '来电人表示不需要上门，电话联系即可。' },
  { id: 'tpl.site-check', key: 'xc', text: '请承办单位到现场核实情况。' },
  { id: 'tpl.elderly', key: 'lr', text: '来电人为高龄老人，请耐心沟通。' },
  { id: 'tpl.thanks', key: 'gx', text: '来电人特地来电表示感谢。' },
];
