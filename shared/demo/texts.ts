/**
 * Description templates per leaf category. `{slot}`s are filled by the generator (see `slots` in
 * generator.ts). Texts of one leaf share their words on purpose: a category classifier learns from them.
 */

/** Which kinds of request (诉求类型) a leaf mostly receives. */
export type KindProfile = 'complaint' | 'help' | 'report' | 'suggestion' | 'inquiry' | 'praise';

export interface LeafTexts {
  /** Relative share of all cases. */
  readonly weight: number;
  readonly profile: KindProfile;
  /** Dangerous matters (gas, stuck lifts, blocked fire lanes) are more often urgent. */
  readonly hazard: boolean;
  /** Problem statements, used for complaints, help requests, reports, suggestions and praise. */
  readonly reports: readonly string[];
  /** Questions, used for inquiries. */
  readonly questions: readonly string[];
}

const t = (
  weight: number,
  profile: KindProfile,
  reports: readonly string[],
  questions: readonly string[] = [],
  hazard = false,
): LeafTexts => ({ weight, profile, hazard, reports, questions });

export const leafTexts: Readonly<Record<string, LeafTexts>> = {
  'cat.ageing.meal': t(
    5,
    'help',
    [
      '家中有{n}名{decade}多岁的老人，子女不在身边，吃饭成了大问题，希望能提供助餐送餐上门服务。',
      '{place}附近的长者食堂饭菜偏咸偏硬，老人吃不惯，希望改进助餐菜品。',
      '家住{addr}，老人今年{age}岁，行动不便，之前申请的助餐送餐已经{dur}没有送到了。',
      '社区助餐点中午12点不到就没有饭菜了，去晚了的老人吃不上饭。',
      '独居老人{age}岁，腿脚不便去不了助餐点，希望居委安排送餐上门。',
    ],
    ['老年助餐点在哪里，{age}岁老人助餐有没有补贴？', '怎么申请为老助餐送餐上门服务，需要带什么材料？'],
  ),
  'cat.ageing.homecare': t(
    3,
    'help',
    [
      '母亲今年{age}岁，独居在{place}，申请了居家养老服务但{dur}了还没有人上门评估。',
      '居家养老服务的护理员上门时间不固定，经常迟到，老人等不到人。',
      '家中{age}岁老人长期卧床，希望安排居家养老助浴、助洁上门服务。',
    ],
    ['居家养老服务怎么申请，每月能有多少小时的上门服务？', '老人照护等级评估结果出来后，居家养老服务多久可以安排？'],
  ),
  'cat.ageing.allowance': t(
    3,
    'inquiry',
    ['父亲已满{age}岁，高龄津贴已经{dur}没有发放到账，要求查明原因。', '老人去年办理了高龄津贴申请，至今没有到账，多次询问无果。'],
    [
      '老人明年满70周岁，高龄津贴什么时候可以申请，需要哪些材料？',
      '高龄津贴发放标准是多少，是每月发放还是每季度发放？',
      '外地户籍老人在高行居住，能否申请高龄津贴？',
    ],
  ),
  'cat.ageing.facility': t(
    2,
    'suggestion',
    [
      '{place}{bldg}楼道没有扶手，台阶很陡，{age}岁的老人上下楼很危险，希望安装助老扶手。',
      '社区为老服务站活动室已经{dur}没有开放，老人没有地方活动。',
      '{road}沿线的休息座椅损坏，老人散步没地方歇脚，希望增设助老座椅。',
      '小区适老化改造迟迟没有启动，老人家里卫生间急需安装助老扶手。',
    ],
    ['家里做适老化改造有没有补贴，怎么申请？'],
  ),
  'cat.ageing.ltci': t(
    2,
    'inquiry',
    ['老人长护险评估后{dur}了还没有安排护理员上门。', '长护险护理员服务时间不足，每次不到半小时就走了。'],
    ['长护险怎么申请评估，评估等级有什么区别？', '长护险护理费用个人要承担多少比例？'],
  ),
  'cat.livelihood.disability': t(
    1,
    'help',
    ['家中有残疾人坐轮椅出行，{place}门口的无障碍坡道被杂物占用。', '残疾人证办好后相关残疾人补贴{dur}没有到账。'],
    ['残疾人证怎么申领，需要到哪里做残疾鉴定？', '残疾人出行补贴怎么申请？'],
  ),
  'cat.livelihood.relief': t(
    1,
    'help',
    ['家中生活困难，家人生病住院花费{money}，希望申请临时救助。', '低保申请提交{dur}了还没有结果，家里生活很困难，希望尽快审批救助。'],
    ['低保申请条件是什么，家庭收入标准是多少？', '因病致困能不能申请临时救助？'],
  ),

  'cat.env.garbage': t(
    4,
    'complaint',
    [
      '{place}{bldg}旁的垃圾厢房已经{dur}没有清运，垃圾堆满溢出，气味很大。',
      '{road}路边堆放大量装修垃圾，{dur}无人清运，影响通行。',
      '小区垃圾清运车每天{morning}作业，垃圾桶碰撞声音很大，影响休息。',
      '{cross}附近有人乱倒建筑垃圾，已经堆了{dur}，无人清运。',
    ],
    ['大件垃圾怎么预约清运，需要收费吗？', '装修垃圾应该放在哪里，由谁来清运？'],
  ),
  'cat.env.sorting': t(
    3,
    'complaint',
    [
      '{place}垃圾分类投放点开放时间太短，上班族下班回家时已经关门，只能把垃圾放在门口。',
      '小区湿垃圾桶没有及时清洗，夏天蚊蝇很多，垃圾分类投放点气味难闻。',
      '{place}有居民不按规定分类投放，干湿垃圾混装严重，垃圾分类志愿者也不管。',
      '垃圾分类投放点设在{bldg}窗户下面，气味很大，要求移位。',
    ],
    ['垃圾分类定时定点投放时间是几点到几点？', '过期药品、废电池属于什么垃圾，应该投放到哪里？'],
  ),
  'cat.env.river': t(
    2,
    'report',
    [
      '{river}靠近{road}一段河水发黑发臭，水面漂浮大量垃圾。',
      '{river}边有排污口往河道里排放污水，河水颜色异常。',
      '{river}岸边有人倾倒生活垃圾，河道保洁不到位。',
      '{river}河道里出现大量死鱼，怀疑有人偷排污水。',
    ],
  ),
  'cat.env.fumes': t(2, 'complaint', [
    '{place}楼下{eatery}油烟直排，油烟味飘进家里，窗户都不能开。',
    '{road}{eatery}没有安装油烟净化设备，每天傍晚油烟很大。',
    '{road}沿街烧烤摊露天烧烤，油烟弥漫，一直到{night}。',
  ]),
  'cat.env.sweeping': t(2, 'complaint', [
    '{road}人行道落叶和垃圾{dur}没有人清扫。',
    '{cross}附近路面有大量渣土洒落，下雨天一片泥泞，道路保洁不到位。',
    '{road}路边的果皮箱已经满了，环卫工人没有及时清扫清理。',
  ]),
  'cat.env.odor': t(1, 'complaint', [
    '{place}附近每天{night}有刺鼻的异味，怀疑是附近工厂排放废气。',
    '{road}边的污水泵站散发臭味，异味影响周边居民。',
    '小区隔壁废品回收站堆放杂物，散发恶臭异味。',
  ]),

  'cat.noise.construction': t(
    3,
    'complaint',
    [
      '{road}工地夜间施工，{night}还在打桩，施工噪音严重影响休息。',
      '{cross}附近道路开挖施工，{night}机器轰鸣，怀疑没有办理夜间施工许可。',
      '{place}旁边的工地每天{morning}就开始施工，噪音很大。',
      '{road}地铁施工噪音已经持续{dur}，居民晚上无法入睡。',
    ],
    ['工地夜间施工需要办理什么许可，允许施工到几点？', '{road}的工地施工噪音什么时候能结束？'],
  ),
  'cat.noise.commercial': t(2, 'complaint', [
    '{road}{store}外放音乐声音很大，一直到{night}。',
    '楼下{store}的空调外机噪音很大，日夜不停。',
    '{road}沿街店铺用喇叭循环叫卖，噪音吵得人心烦。',
  ]),
  'cat.noise.neighbour': t(
    3,
    'complaint',
    [
      '{place}{bldg}楼上住户每天{night}还在拖拽家具，走路声音很重，多次沟通无果。',
      '隔壁邻居养的狗整夜叫，已经持续{dur}，老人无法休息。',
      '楼上邻居装修，周末也在用电钻，噪音很大，违反装修管理规定。',
      '楼下邻居在家里打麻将，每天到{night}，吵得孩子睡不着。',
    ],
    ['邻居装修每天几点到几点可以施工，周末能不能装修？'],
  ),
  'cat.noise.dance': t(2, 'complaint', [
    '{place}附近广场舞音响声音太大，每天晚上7点就开始，影响学生学习。',
    '{road}绿地里每天有人跳广场舞放音乐，{morning}就开始了。',
    '小区广场晚上有人跳广场舞唱歌到{night}，音响开得很大。',
  ]),
  'cat.noise.traffic': t(1, 'complaint', [
    '{road}大货车夜间通行，{night}噪音和震动很大，建议设置限行或隔音屏。',
    '{road}高架附近车辆噪音大，希望加装声屏障。',
    '{cross}附近渣土车频繁鸣笛，噪音影响周边居民休息。',
  ]),

  'cat.housing.property': t(
    4,
    'complaint',
    [
      '{place}物业公司不作为，楼道灯坏了{dur}没人修。',
      '物业费每年上涨，但小区保洁、保安等物业服务越来越差。',
      '{place}物业擅自把小区公共绿地改成停车位收费。',
      '小区门禁坏了{dur}，物业一直不修，外来人员随意进出。',
      '物业公司更换没有经过业主大会表决，业主意见很大。',
    ],
    ['物业费收费标准是怎样规定的，物业能随意涨价吗？', '业主想更换物业公司需要走什么程序？'],
  ),
  'cat.housing.leak': t(
    3,
    'help',
    [
      '家住{addr}，楼上卫生间漏水，自家天花板已经渗水{dur}，楼上住户不配合维修。',
      '{place}{bldg}顶楼屋面漏水，下雨天家里要用盆接水。',
      '外墙渗水导致家里墙面发霉，物业推说不归他们管，漏水一直没修。',
      '楼上住户家里水管爆裂，漏水已经流到楼下家里，联系不上楼上业主。',
    ],
    ['楼上漏水但楼上住户不配合维修，应该找谁处理？', '房屋外墙渗水维修能不能用维修资金？'],
  ),
  'cat.housing.lift': t(
    2,
    'help',
    [
      '{place}{bldg}电梯经常故障停运，今天又停了，家里有{age}岁老人无法上下楼。',
      '{place}{bldg}电梯困人，已经半个多小时了还没有人来救援。',
      '电梯运行时有异响，晃动明显，担心电梯安全，物业说没问题。',
      '{bldg}电梯年检合格证已经过期，不知道电梯还能不能安全使用。',
    ],
    [],
    true,
  ),
  'cat.housing.newlift': t(
    2,
    'suggestion',
    [
      '{place}{bldg}是老公房，楼里老人多，希望推进加装电梯。',
      '{bldg}加装电梯意见征询已经达到比例，但有一楼住户反对，加装电梯迟迟不能开工。',
      '加装电梯施工已经{dur}，工地没有围挡，影响出行。',
    ],
    ['老小区加装电梯需要多少比例业主同意，政府有多少补贴？', '加装电梯的流程是什么，应该向谁申请？'],
  ),
  'cat.housing.subletting': t(2, 'report', [
    '{place}{bldg}{room}被隔成多间群租，住了十几个人，进出人员复杂。',
    '{place}{bldg}{room}房东打隔断群租，存在消防隐患。',
    '楼下一套房子住了很多人，半夜进进出出，噪音大，疑似群租。',
  ]),
  'cat.housing.fund': t(
    1,
    'inquiry',
    ['小区维修资金使用不公开，业主要求公示维修资金账目。', '楼道屋面维修要动用维修资金，业委会迟迟不签字。'],
    ['住宅专项维修资金怎么申请使用，需要多少业主同意？', '维修资金余额怎么查询？'],
  ),
  'cat.housing.parking': t(2, 'complaint', [
    '{place}停车位严重不足，晚上车辆停满小区道路。',
    '小区地面停车费涨价没有经过业主同意。',
    '外来车辆随意进入小区停车，物业停车管理不到位。',
  ]),

  'cat.traffic.road': t(2, 'complaint', [
    '{road}人行道地砖松动破损，下雨天踩上去溅一身水，老人容易摔倒。',
    '{cross}附近路面出现大坑，车辆经过很危险。',
    '{road}路面沉降开裂，道路破损已经{dur}没有修复。',
  ]),
  'cat.traffic.parking': t(
    3,
    'complaint',
    [
      '{road}人行道上长期违章停车，行人只能走机动车道。',
      '{cross}附近车辆乱停，占用公交车站，造成拥堵。',
      '{place}门口有车辆违章停放，堵住小区出入口。',
      '{road}沿街店铺门口车辆违停，早晚高峰交通拥堵。',
    ],
    ['{road}附近哪里有公共停车场，晚上能不能停车？'],
  ),
  'cat.traffic.bikes': t(2, 'complaint', [
    '{road}地铁站出口共享单车堆积，占满人行道。',
    '{place}门口堆放大量共享单车，影响居民出入。',
    '{cross}附近共享单车倒地一片，无人整理。',
  ]),
  'cat.traffic.bus': t(
    2,
    'suggestion',
    [
      '{bus}公交发车间隔太长，早高峰等车要半个多小时。',
      '{bus}调整线路后不再经过{road}，居民出行不便，希望恢复原公交线路。',
      '{road}附近缺少公交站点，老人出行要走很远，希望增设站点。',
      '{bus}公交司机不等乘客坐稳就开车，老人差点摔倒。',
    ],
    ['{bus}公交首末班车是几点？', '{road}附近有没有到地铁站的接驳公交？'],
  ),
  'cat.traffic.signal': t(
    1,
    'complaint',
    [
      '{cross}信号灯故障，一直闪黄灯，车辆和行人抢行很危险。',
      '{cross}行人过街绿灯时间太短，老人过不了马路。',
      '{cross}没有信号灯，车辆多，希望增设红绿灯。',
    ],
    [],
    true,
  ),
  'cat.traffic.marking': t(1, 'suggestion', [
    '{road}路面标线磨损看不清，晚上容易走错车道。',
    '{cross}附近的交通指示标志被树枝遮挡。',
    '{road}学校门口没有减速标志和斑马线标线，希望增设。',
  ]),

  'cat.market.food': t(2, 'report', [
    '在{road}{eatery}吃饭后出现腹泻，怀疑食品不卫生。',
    '{road}{eatery}后厨卫生脏乱，有老鼠出没，存在食品安全问题。',
    '在{road}的超市买到过期食品，商家拒绝退换。',
    '{road}{eatery}使用过期食材，员工没有健康证。',
  ]),
  'cat.market.price': t(1, 'complaint', [
    '{road}{store}标价和结账价格不一致，多收了{money}。',
    '{road}菜场商品没有明码标价，商户随意要价。',
    '{road}停车场收费标准没有公示，收费价格偏高。',
  ]),
  'cat.market.unlicensed': t(1, 'report', [
    '{road}有{eatery}没有营业执照，无证经营。',
    '{place}{bldg}{room}有人在家里开办无证托管班。',
    '{road}有一家黑诊所无证行医。',
  ]),
  'cat.market.consumer': t(
    2,
    'complaint',
    [
      '在{road}{store}消费{money}，商品质量有问题，商家拒绝退货。',
      '在{road}一家装修公司签了合同，付了{money}定金，对方迟迟不开工。',
      '在{road}{store}买的电器用了{dur}就坏了，商家拒绝保修。',
    ],
    ['消费纠纷应该向哪里投诉，需要保留什么凭证？'],
  ),
  'cat.market.prepaid': t(
    1,
    'complaint',
    [
      '{road}一家健身房突然关门，办的会员卡还有{money}没用完，要求退费。',
      '在{road}一家理发店办了{money}的预付卡，店铺转让后新老板不认账。',
      '孩子在{road}一家培训机构报了课程，机构人去楼空，预付费{money}退不回来。',
    ],
    ['商家关门了，预付卡里的余额怎么申请退费？'],
  ),
  'cat.market.weight': t(1, 'report', [
    '在{road}菜场买菜，回家称重少了二两，怀疑电子秤被动了手脚。',
    '{road}水果摊缺斤短两，要求市场监管部门检查。',
    '菜场里有摊位使用不合格的秤，多次缺斤短两。',
  ]),

  'cat.cityscape.trees': t(
    2,
    'help',
    [
      '{place}{bldg}前的大树枝叶遮挡窗户，家里白天都要开灯，希望修剪树木。',
      '{road}行道树树枝伸到电线上，刮风时有安全隐患，希望尽快修剪。',
      '刮大风后{road}有大树倾倒，压在路边。',
      '小区树木长得太高，挡住路灯，晚上路面很暗，希望修剪。',
    ],
    ['小区里的树木修剪需要向哪个部门申请？'],
  ),
  'cat.cityscape.greenland': t(1, 'complaint', [
    '{road}绿化带杂草丛生，{dur}没有人养护。',
    '{place}公共绿地被居民私自种菜。',
    '{road}绿地里的树木枯死，没有及时补种，绿地养护不到位。',
  ]),
  'cat.cityscape.underbridge': t(
    1,
    'suggestion',
    [
      '{bridge}桥下空间改造后环境很好，希望增加健身器材和儿童游乐设施。',
      '{bridge}桥下空间晚上照明不足，希望加装灯光。',
      '{bridge}桥下空间有人堆放杂物、停放车辆，影响居民休闲。',
      '希望像{bridge}一样，开放更多桥下空间供居民活动。',
    ],
    ['{bridge}桥下空间每天几点开放？'],
  ),
  'cat.cityscape.illegalbuild': t(2, 'report', [
    '{place}{bldg}一楼住户私自扩建，违章搭建占用公共绿地。',
    '{place}{bldg}顶楼住户在屋顶违章搭建阳光房。',
    '{road}沿街商户私自搭建雨棚，违章搭建占用人行道。',
  ]),
  'cat.cityscape.signboard': t(
    1,
    'complaint',
    [
      '{road}{store}的店招店牌松动，刮风时摇晃，担心掉下来砸到人。',
      '{road}沿街店招破损，灯光忽明忽暗，影响市容。',
      '{road}商户在人行道上摆放落地广告牌。',
    ],
    [],
    true,
  ),
  'cat.cityscape.vendor': t(2, 'complaint', [
    '{road}地铁站口有流动摊贩占道经营，晚上特别多。',
    '{cross}附近有人摆摊卖菜，占道经营造成交通拥堵。',
    '{road}沿街商户跨门经营，把货物堆到人行道上。',
  ]),
  'cat.cityscape.posters': t(1, 'complaint', [
    '{place}楼道里贴满小广告，清理了又贴。',
    '{road}电线杆上有大量办证小广告乱张贴。',
    '{road}围墙上被人乱涂乱画、乱张贴。',
  ]),

  'cat.facility.streetlight': t(2, 'complaint', [
    '{road}路灯不亮已经{dur}，晚上路面漆黑，行人不安全。',
    '{place}门口的路灯白天也亮着，浪费电。',
    '{cross}附近几盏路灯坏了，晚上看不清路。',
  ]),
  'cat.facility.toilet': t(
    1,
    'complaint',
    ['{road}公厕卫生条件差，气味很大。', '{road}公厕已经{dur}没有开放，附近没有其他厕所。', '{road}公厕洗手池水龙头坏了，没有人维修。'],
    ['{road}附近最近的公共厕所在哪里？'],
  ),
  'cat.facility.fitness': t(1, 'suggestion', [
    '{place}的健身器材损坏，有安全隐患，老人锻炼时差点受伤。',
    '{road}的市民健身步道路面破损，希望修复。',
    '社区篮球场晚上没有照明，希望加装灯光。',
    '小区缺少健身设施，希望在空地上增设健身器材。',
  ]),
  'cat.facility.manhole': t(
    1,
    'report',
    ['{road}人行道上的窨井盖缺失，有行人险些掉下去。', '{cross}附近窨井盖破损下陷，车辆经过发出很大声响。', '{place}门口窨井盖松动，踩上去会翻。'],
    [],
    true,
  ),
  'cat.facility.drainage': t(2, 'help', [
    '下雨后{road}路面积水很深，{dur}都退不下去，排水不畅。',
    '{place}{bldg}下水道堵塞，污水从地漏里往外冒。',
    '{cross}附近雨水井堵塞，一下雨就积水，排水不畅。',
  ]),

  'cat.utility.watercut': t(
    2,
    'help',
    [
      '{place}从{clock}开始停水，没有看到停水通知，不知道什么时候恢复供水。',
      '{place}{bldg}已经停水{n}个小时，家里有老人孩子，生活很不方便。',
      '{road}自来水管爆裂，路面大量冒水，家里也停水了。',
    ],
    ['{place}明天是否有计划停水？'],
    true,
  ),
  'cat.utility.pressure': t(1, 'complaint', [
    '{place}高层住户水压很低，{floor}以上白天几乎没水。',
    '每天早晚用水高峰家里水压太小，热水器都打不着火。',
    '{place}{bldg}二次供水水泵坏了，楼上水压不足。',
  ]),
  'cat.utility.quality': t(1, 'complaint', [
    '家里自来水发黄浑浊，有异味，担心水质。',
    '{place}自来水里有白色沉淀物，烧开后水垢很多。',
    '{place}二次供水水箱已经{dur}没有清洗，担心水质问题。',
  ]),
  'cat.utility.power': t(
    1,
    'help',
    [
      '{place}{bldg}突然停电，已经{n}个小时还没有恢复供电。',
      '{place}经常跳闸停电，夏天一开空调就断电。',
      '{road}附近的变电箱有异响冒烟，担心发生危险。',
    ],
    ['{place}停电什么时候恢复？'],
    true,
  ),
  'cat.utility.gas': t(
    1,
    'help',
    [
      '{place}{bldg}楼道里有很浓的燃气味，担心燃气泄漏。',
      '家里燃气灶打不着火，燃气表显示有气，燃气公司{dur}没派人来。',
      '{road}路边燃气管道施工后闻到燃气味。',
      '自称燃气公司的人员上门安检，要求购买高价燃气报警器，身份不明。',
    ],
    ['燃气安全检查多久一次，怎么辨别上门人员的身份？'],
    true,
  ),

  'cat.safety.fireaccess': t(
    1,
    'report',
    ['{place}消防通道被车辆堵塞，消防车无法通行。', '{place}{bldg}楼道里堆满杂物，堵塞消防通道。', '{road}商场安全出口被锁住，消防通道不畅。'],
    [],
    true,
  ),
  'cat.safety.ebike': t(
    2,
    'report',
    [
      '{place}{bldg}有居民从楼上拉电线给电动车充电，飞线充电很危险。',
      '{place}{bldg}楼道里停放电动车充电，存在火灾隐患。',
      '小区电动车充电桩数量太少，居民只能把电动车推回家充电，希望增设充电桩。',
    ],
    [],
    true,
  ),
  'cat.safety.publicorder': t(1, 'report', [
    '{place}附近最近多次发生电动车电瓶被盗。',
    '{road}夜间有人聚集喝酒闹事，一直到{night}。',
    '{road}有人在路边发传单诱导老人购买保健品，怀疑诈骗。',
  ]),
  'cat.safety.dispute': t(2, 'help', [
    '与邻居因{bldg}公共区域堆放杂物发生纠纷，希望居委调解。',
    '楼上邻居装修把楼下墙面弄裂，双方协商不成，希望有人出面调解纠纷。',
    '因为停车位问题和邻居多次发生争吵，希望居委出面调解。',
  ]),

  'cat.policy.residence': t(
    4,
    'inquiry',
    ['社区事务受理中心办理居住证排队时间太长，等了{n}个小时。'],
    ['居住证怎么办理，需要准备哪些材料？', '居住证到期了怎么续签？', '居住证积分怎么申请，多长时间能批下来？'],
  ),
  'cat.policy.social': t(
    4,
    'inquiry',
    ['社保转移手续办理了{dur}还没有办好。'],
    ['灵活就业人员怎么缴纳社保？', '退休手续在哪里办理，需要提前多久准备社保材料？', '社保卡丢了怎么补办？'],
  ),
  'cat.policy.medical': t(
    4,
    'inquiry',
    ['在社区卫生服务中心配药，医保报销比例和说的不一样。'],
    ['城乡居民医保怎么参保缴费，每年什么时候缴？', '医保异地就医备案怎么办理？', '医保卡丢了怎么补办？'],
  ),
  'cat.policy.employment': t(
    1,
    'inquiry',
    [],
    ['失业了怎么申领失业保险金？', '创业有没有补贴和创业贷款政策？', '社区有没有免费的职业技能培训，就业登记在哪里办？'],
  ),
  'cat.policy.hukou': t(1, 'inquiry', [], ['孩子出生后怎么报户口？', '户口迁入高行需要什么条件？', '身份证过期了在哪里换领，户籍材料要带什么？']),
  'cat.policy.school': t(
    1,
    'inquiry',
    ['{place}的孩子对口学校离家太远，每天接送不方便，希望调整学区划分。'],
    ['孩子明年上小学，对口学校是哪所，怎么报名入学？', '{place}对口哪个幼儿园？', '托育机构怎么申请入托，有没有补贴？'],
  ),

  'cat.praise.unit': t(1.2, 'praise', [
    '感谢{committee}帮助解决家中{age}岁老人就餐难问题，现在每天都有人送餐上门。',
    '感谢{unit}及时处理{road}的问题，效率很高。',
    '之前反映的{road}路灯问题已经修好，特地来电表示感谢。',
    '感谢{committee}帮忙协调加装电梯，老人终于可以方便上下楼了。',
  ]),
  'cat.praise.person': t(0.8, 'praise', [
    '感谢{committee}的工作人员上门帮助{age}岁独居老人办理手续，服务热情周到。',
    '表扬{unit}的工作人员，不厌其烦地解答问题。',
    '感谢热线话务员耐心解答，问题当天就得到了回复。',
  ]),
};
