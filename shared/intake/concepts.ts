/**
 * What is wrong, as callers say it in many ways (异响 / 怪声 / 咯噔 / 摩擦声 are one noise):
 * general hotline vocabulary, not a town's shorthand (that is the admin's synonym list). Two calls
 * that name the same fault share a concept even when they share no character; two that each name
 * a fault, none the same, are more often two problems (北门's dark lamp, 北门's broken manhole cover).
 */
const concepts: Readonly<Record<string, RegExp>> = {
  noise: /响|声|噪|吵|咯噔|轰|喧哗/u,
  shaking: /抖|晃|震|颠/u,
  dark: /不亮|黑|暗|看不清|看不见/u,
  flicker: /闪|忽明忽暗/u,
  discoloured: /黄|锈|浑浊|颜色|水质|沉淀/u,
  smell: /臭|异味|味道|烟味|熏/u,
  smoke: /油烟|排烟|冒烟|烟/u,
  leak: /漏|渗|喷|冒水|爆|破裂|裂开/u,
  hole: /坑|洞|塌|凹/u,
  crack: /裂|缝|口子/u,
  tilted: /歪|斜|倾/u,
  loose: /松|翘/u,
  missing: /缺|丢|没了|被偷/u,
  blocked: /堵|占|挡|乱停/u,
  taste: /咸|淡|硬|口味|难吃|嚼不动|不好吃/u,
  undelivered: /没送|没到|送不到|没人送|没有送/u,
  stopped: /停运|不能用|停用|用不了/u,
  unresponsive: /失灵|没反应|按不/u,
  built: /搭|违建|加盖|砌|围墙/u,
  littered: /垃圾|乱扔|堆/u,
  stray: /流浪|野狗|野猫/u,
};

/** The concepts a call names. */
export function conceptsOf(text: string): Set<string> {
  const t = text.normalize('NFKC');
  return new Set(Object.entries(concepts).filter(([, re]) => re.test(t)).map(([name]) => name));
}
