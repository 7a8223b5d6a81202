/**
 * Whether a quoted phrase stands where official prose puts its coined formulas. News quotes
 * ordinary phrases too (拍照“很能打”, 新增“深色模式”); a slogan is typically the object of an
 * official verb (践行“八八战略”, 夺取“开门红”) or names a campaign, a spirit or a system
 * (“五战双强”行动, “六干”精神, “1+N”政策体系).
 */

const OFFICIAL_VERBS = [
  '践行', '弘扬', '紧扣', '聚焦', '锚定', '坚持', '围绕', '扛起', '夺取', '实现', '打造', '推进', '落实',
  '深化', '开展', '实施', '推动', '抓好', '树立', '打响', '打好', '擦亮', '贯彻', '对标', '紧跟', '牢记',
  '争创', '创建', '构建', '做到', '强化', '确保', '缩小', '打出', '深入', '全面', '持续', '奋力', '开启',
  '树牢', '保持', '发扬',
];

const FORMULA_SUFFIXES = [
  '行动', '工程', '战略', '精神', '理念', '要求', '体系', '机制', '建设', '主战场', '主赛道', '目标', '任务',
  '部署', '重要指示', '重要讲话', '工作', '活动', '改革', '试点', '品牌', '组合拳', '攻坚', '大会', '总基调',
  '使命', '示范区', '战役', '政策', '专项', '三年', '计划', '方案', '思想', '经验', '模式', '格局', '布局',
  '导向', '姿态', '劲头', '氛围', '为抓手', '为牵引', '为载体', '为引领',
];

/** True when the folded text around [start, end) reads like a formula in official prose. */
export function inOfficialContext(text: string, start: number, end: number): boolean {
  // 的 may stand between the formula and what it names: “打造高效率交通物流体系”的要求.
  const after = text[end] === '的' ? end + 1 : end;
  // The verb may be two characters away: 夺取首季“开门红”, 实现全年“满堂彩”.
  const before = text.slice(Math.max(0, start - 4), start);
  return OFFICIAL_VERBS.some((verb) => before.includes(verb)) || FORMULA_SUFFIXES.some((suffix) => text.startsWith(suffix, after));
}
