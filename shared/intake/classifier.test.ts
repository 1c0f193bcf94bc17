import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifierTrainer, ClassifierModel, suggestCategories, trainClassifier, type TrainingSample } from './classifier';

/** A hand-written corpus in the voice of 12345 call records; every fourth sentence is held out. */
const corpus: Readonly<Record<string, readonly string[]>> = {
  为老服务: [
    '我家老人八十多岁独居，想问社区助餐点能不能送餐上门',
    '长者食堂今天中午没有送饭，老人到现在还没吃上饭',
    '助餐点的饭菜太咸了，老年人吃了不舒服，希望改进',
    '父亲九十岁行动不便，申请居家养老服务，一直没人上门评估',
    '老年助餐补贴这个月没有到账，想了解一下原因',
    '社区食堂排队时间太长，老人站不住，建议增加座位',
    '我母亲腿脚不好，能不能安排助餐员每天把午饭送到家',
    '独居老人家里没人照看，希望居委定期上门探望',
    '老年人助餐价格突然上涨了，子女不在身边负担不起',
    '敬老院护工态度很差，老人反映经常吃不饱',
    '想给卧床的老人申请长护险护理员上门服务',
    '送餐员把饭放在门口就走了，老人拿不到，饭都凉了',
  ],
  噪音扰民: [
    '楼上邻居每天半夜蹦跳拖椅子，吵得我们整晚睡不着',
    '小区旁边工地晚上十一点还在施工打桩，噪音太大',
    '广场舞音响声音太响，每天晚上吵到十点多',
    '楼下饭店的排风机噪声很大，从早响到晚',
    '隔壁装修周末一大早就开始电钻，严重扰民',
    '夜里有人在楼下大声喧哗唱歌，影响居民休息',
    '马路上渣土车夜间鸣笛，声音吵得孩子睡不着觉',
    '商铺门口喇叭循环播放促销广告，吵得人心烦',
    '地铁施工夜间作业没有噪音许可，机器轰鸣一整夜',
    '楼上养的狗整天狂叫，跟邻居沟通了也没用',
    '菜场凌晨三点开始卸货，敲敲打打声音太大',
    '空调外机嗡嗡响，对着我家卧室窗户，晚上没法睡',
    '酒吧音乐开到凌晨两点，低音震得窗户都在抖',
    '学校早上六点就开始大喇叭放广播，太早了扰民',
    '隔壁棋牌室每天深夜麻将声不断，吵得睡不好',
    '施工单位周日也在切割钢材，噪声刺耳',
  ],
  垃圾清运: [
    '小区垃圾箱房三天没有清运了，臭气熏天',
    '路边堆了很多建筑垃圾，一直没人来拉走',
    '湿垃圾桶满了溢出来，苍蝇蚊子很多',
    '有人在河边偷倒装修垃圾，希望有人管一管',
    '垃圾分类投放点开放时间太短，上班族赶不上',
    '大件垃圾旧沙发扔在楼道口一个星期了',
    '垃圾车清运时把垃圾洒了一路，也不清扫',
    '菜场门口的垃圾堆积如山，散发恶臭',
    '小区里的可回收物箱坏了，垃圾散落一地',
    '绿化带里被人扔了很多生活垃圾，没人打扫',
    '干垃圾和湿垃圾被混在一起运走了，分类白做了',
    '楼下垃圾房污水横流，夏天味道特别难闻',
  ],
  道路破损: [
    '金高路上有一个大坑，电动车经过差点摔倒',
    '人行道地砖松动翘起来了，老人走路容易绊倒',
    '路面塌陷出现一个洞，下雨后积水很深',
    '窨井盖缺失了，晚上看不见很危险',
    '马路上的减速带断裂，螺丝露在外面扎轮胎',
    '路口的沥青路面开裂凹凸不平，车辆颠簸',
    '桥下道路坑坑洼洼，雨天一片泥泞',
    '盲道被破坏了，砖块碎了一地',
    '道路修补以后又坏了，坑比原来还大',
    '非机动车道路面破损严重，骑车很不安全',
    '井盖松动，车一压就哐当响，担心掉下去',
    '小区门口那段路翻浆起包，希望尽快修复',
  ],
  违章停车: [
    '有车辆长期停在小区门口，挡住了进出通道',
    '人行道上停满了私家车，行人只能走机动车道',
    '消防通道被私家车占了，救护车都进不来',
    '路边乱停车，公交车进站都困难',
    '有辆僵尸车停在楼下半年没动过，轮胎都瘪了',
    '共享单车乱停乱放，堵住了盲道',
    '货车在路口违停卸货，造成交通拥堵',
    '幼儿园门口家长接送孩子随意停车，堵得水泄不通',
    '有人把车停在我家车位上，联系不上车主',
    '非机动车停在楼道里充电，堵住了出口',
    '出租车在地铁站门口排队违停，占了一整条车道',
    '晚上有大货车停在小区旁边马路上，挡住视线',
  ],
  物业维修: [
    '楼道里的灯坏了一个月，物业一直不来修',
    '电梯经常停运，物业说零件还在订购',
    '家里卫生间漏水，是楼上管道的问题，物业不处理',
    '单元门门禁坏了，谁都能进来，物业不管',
    '屋顶防水层老化，下雨天家里天花板渗水',
    '小区水管爆裂，物业维修太慢，停水两天了',
    '外墙瓷砖脱落，砸到了楼下停的车',
    '物业收了维修基金，但是公共设施坏了没人修',
    '楼道窗户玻璃碎了，物业报修半个月没反应',
    '下水道堵塞，污水从地漏反上来，物业推诿',
    '电梯里按键失灵，困过好几次人，物业敷衍',
    '小区大门道闸坏了，物业说等业委会决定',
  ],
  绿化养护: [
    '小区里的大树树枝快碰到电线了，需要修剪',
    '台风过后行道树倒伏，压在路边没人清理',
    '绿化带杂草丛生，有一人多高，蚊虫很多',
    '有人把公共绿地挖掉种菜，破坏绿化',
    '树木长得太高挡住了低楼层的阳光，希望修枝',
    '草坪好久没人浇水养护，都枯黄了',
    '桥下空间的绿化带被人踩秃了，光秃秃的',
    '行道树的树根把人行道拱起来了',
    '小区香樟树有虫害，树叶上全是虫子',
    '公园里的花坛无人管理，花都枯死了',
    '枯死的树没有及时移除，担心倒下来砸人',
    '绿地里的灌木修剪后枝条堆着不清运',
  ],
  市场监管: [
    '在超市买到过期食品，要求商家赔偿被拒绝',
    '菜场摊贩缺斤短两，秤有问题',
    '理发店办卡以后突然关门，预付款退不回来',
    '饭店后厨卫生很差，吃完以后拉肚子',
    '药店销售的口罩价格比平时高了好几倍',
    '网购的电器是假冒伪劣产品，商家不给退货',
    '健身房跑路了，会员卡里的钱拿不回来',
    '小商店卖烟给未成年人，没有查身份证',
    '早餐店没有营业执照和健康证，卫生堪忧',
    '商家明码标价和结账价格不一致，多收钱',
    '培训机构收了学费不退，合同有霸王条款',
    '水果店用的电子秤不准，每斤少好几两',
  ],
};

const samples = Object.entries(corpus).flatMap(([label, texts]) => texts.map((text, i) => ({ label, text, i })));
const training: TrainingSample[] = samples.filter((s) => s.i % 4 !== 3);
const heldOut = samples.filter((s) => s.i % 4 === 3);

describe('category classifier', () => {
  const model = trainClassifier(training);

  it('beats always-guessing-the-most-common-category on held-out texts by a wide margin', () => {
    const perLabel = new Map<string, number>();
    for (const s of training) perLabel.set(s.label, (perLabel.get(s.label) ?? 0) + 1);
    const [mostCommon] = [...perLabel].sort((a, b) => b[1] - a[1])[0] ?? [''];
    const baseline = heldOut.filter((s) => s.label === mostCommon).length / heldOut.length;

    const top1 = heldOut.filter((s) => suggestCategories(model, s.text, 1)[0]?.label === s.label).length / heldOut.length;
    const top3 = heldOut.filter((s) => suggestCategories(model, s.text, 3).some((c) => c.label === s.label)).length / heldOut.length;
    console.log(
      `classifier on ${heldOut.length} held-out texts, ${model.labels.length} categories: ` +
        `top-1 accuracy ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %, ` +
        `most-common-category baseline (${mostCommon}) ${(baseline * 100).toFixed(1)} %`,
    );
    expect(top1).toBeGreaterThanOrEqual(baseline + 0.4);
    expect(top3).toBeGreaterThanOrEqual(top1);
  });

  it('returns k suggestions whose confidences are posteriors summing to 1 over all labels', () => {
    const all = suggestCategories(model, '楼下烧烤店半夜还很吵', model.labels.length);
    expect(all.map((s) => s.label).sort()).toEqual([...model.labels]);
    expect(all.reduce((sum, s) => sum + s.confidence, 0)).toBeCloseTo(1, 10);
    const top3 = suggestCategories(model, '楼下烧烤店半夜还很吵');
    expect(top3).toEqual(all.slice(0, 3));
    expect(top3[0]?.label).toBe('噪音扰民');
  });

  it('ignores punctuation, spaces and unseen characters, and suggests nothing for empty text', () => {
    expect(suggestCategories(model, '垃圾，没人清运！')).toEqual(suggestCategories(model, '垃圾没人清运'));
    expect(suggestCategories(model, '，。 ！')).toEqual([]);
    expect(suggestCategories(trainClassifier([]), '垃圾')).toEqual([]);
  });

  it('is plain JSON that survives a round trip and validates against its schema', () => {
    const stored: unknown = JSON.parse(JSON.stringify(model));
    const loaded = ClassifierModel.parse(stored);
    expect(suggestCategories(loaded, '人行道上有个坑')).toEqual(suggestCategories(model, '人行道上有个坑'));
  });

  it('is deterministic: the same samples in any order give the same model', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(training, { minLength: training.length, maxLength: training.length }), (shuffled) => {
        expect(JSON.stringify(trainClassifier(shuffled))).toBe(JSON.stringify(model));
      }),
      { numRuns: 20 },
    );
  });

  it('learns the same model a slice at a time as from all samples at once, however they are sliced', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: training.length }), { maxLength: 6 }), (cuts) => {
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), training.length];
        const trainer = classifierTrainer(training.map((s) => s.label));
        for (let i = 1; i < bounds.length; i++) trainer.add(training.slice(bounds[i - 1], bounds[i]));
        expect(JSON.stringify(trainer.finish())).toBe(JSON.stringify(model));
      }),
      { numRuns: 30, seed: 15 },
    );
  });

  it('refuses a sample whose label it was not set up with, rather than counting it under another', () => {
    expect(() => classifierTrainer(['cat.a']).add([{ text: '垃圾', label: 'cat.b' }])).toThrow(/cat\.b/);
  });
});
