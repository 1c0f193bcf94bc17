/** Word lists the generator fills its slots from. Demo data: plausible Gaohang names, not a gazetteer. */

export const roads = [
  '金京路',
  '金高路',
  '东靖路',
  '洲海路',
  '张杨北路',
  '华东路',
  '高行路',
  '东沟路',
  '浦东北路',
  '巨峰路',
  '五莲路',
  '杨高北路',
  '莱阳路',
  '江东路',
  '东陆路',
] as const;

export const rivers = ['赵家沟', '东沟港', '外环运河', '随塘河', '西沟港'] as const;

/** The under-bridge spaces the seed report names, and a few more. */
export const bridges = ['金京路赵家沟北侧', '金高路赵家沟北侧', '金京路', '金高路', '东靖路'] as const;

export const busLines = ['浦东15路', '961路', '991路', '1051路', '高行1路', '791路', '581路', '970路'] as const;

export const eateries = ['一家烧烤店', '一家小饭店', '一家麻辣烫店', '一家面馆', '一家火锅店', '一家快餐店', '一家早餐店'] as const;

export const stores = ['一家KTV', '一家棋牌室', '一家水果店', '一家便利店', '一家服装店', '一家电器店', '一家超市', '一家美容店'] as const;

export const durations = ['两天', '三天', '一个星期', '十多天', '半个月', '一个月', '两个多月', '半年多'] as const;

export const nightTimes = ['晚上10点多', '晚上11点', '半夜12点', '凌晨1点', '凌晨2点'] as const;

export const morningTimes = ['早上5点半', '早上6点', '早上6点半', '早上7点前'] as const;

export const clockTimes = ['早上8点', '上午10点', '中午12点', '下午2点', '下午4点', '晚上6点'] as const;

export const decades = ['七十', '八十', '九十'] as const;

export const floors = ['10楼', '12楼', '15楼', '18楼'] as const;

export const amounts = [200, 380, 500, 800, 1000, 1500, 2000, 3000, 5000, 8000] as const;

/** Common surnames, the frequent ones listed twice so they come up more often. */
export const surnames = [
  '王', '王', '李', '李', '张', '张', '刘', '刘', '陈', '陈', '杨', '黄', '赵', '吴', '周', '徐', '徐', '孙', '马', '朱',
  '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田',
  '董', '袁', '潘', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '沈', '沈', '姚', '陆', '陆', '顾', '顾',
  '钱', '金', '龚', '严', '汤', '倪', '施', '范', '秦', '邵',
] as const;

export const maleGiven = ['伟', '强', '磊', '军', '勇', '杰', '涛', '明', '超', '华', '建', '国', '峰', '辉', '斌', '鹏', '浩', '宇', '俊', '文', '志', '海', '林', '东', '平', '刚', '龙', '荣', '根', '福'] as const;

export const femaleGiven = ['芳', '娟', '敏', '静', '丽', '艳', '霞', '玲', '萍', '红', '燕', '婷', '雪', '慧', '琳', '洁', '兰', '英', '梅', '莉', '颖', '晶', '倩', '月', '佳', '秀', '凤', '珍'] as const;
