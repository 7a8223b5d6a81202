import { describe, expect, it } from 'vitest';
import { findSignals, type Signal, type SignalKind } from '@/lib/discovery/signals';
import { fold, toOriginal } from '@/lib/text/normalize';

function signals(source: string, kind?: SignalKind): string[] {
  return findSignals(source)
    .filter((s) => !kind || s.kind === kind)
    .map((s) => s.text);
}

/** The original text of a signal, as the content script would underline it. */
function located(source: string, s: Signal): string {
  const [start, end] = toOriginal(fold(source), s.start, s.end);
  return source.slice(start, end);
}

describe('quoted phrases', () => {
  it('finds short quoted phrases in every quotation style', () => {
    const text = '打出“五战双强”行动组合拳，树牢「项目为王」导向，形成永康的"1+N"政策体系，坚持『稳中求进』。';
    expect(signals(text, 'quoted')).toEqual(['五战双强', '项目为王', '1+n', '稳中求进']);
  });

  it('maps a phrase broken across OCR line breaks back to the original text', () => {
    const text = '希望永康坚定扛\n\n起赋予的“打造中国乃至世\n\n界先进制造业基地”使命要求';
    const [quoted] = findSignals(text).filter((s) => s.kind === 'quoted');
    expect(quoted?.text).toBe('打造中国乃至世界先进制造业基地');
    expect(located(text, quoted!)).toBe('打造中国乃至世\n\n界先进制造业基地');
  });

  it('finds phrases quoted inside a quotation', () => {
    const text = '全会提出的“以新时代‘千万工程’为牵引，着力缩小‘三大差距’，让该村党支部书记陈建伟干劲倍增：相信今后会更好。”';
    expect(signals(text)).toEqual(['千万工程', '千万工程', '三大差距', '三大差距']);
  });

  it('leaves out quoted speech and long quotations', () => {
    expect(signals('他说：“我们会全力以赴。”')).toEqual([]);
    expect(signals('他说，“我们会全力以赴”')).toEqual([]);
    expect(signals('主教练表示：“球队表现很好”')).toEqual([]);
    expect(signals('“打造高效率交通物流体系并且持续推进一港三中心和国际陆港建设”')).toEqual([]);
  });

  it('pairs ASCII double quotes, skipping one that opens a quotation never closed', () => {
    const text = '陈麟新表示,"物流通道不是简单的运输通道,而是合作通道。按照全会"打造高效率交通物流体系"的要求,该局将持续推进。';
    expect(signals(text, 'quoted')).toEqual(['打造高效率交通物流体系']);
  });
});

describe('numbered formulas', () => {
  it('takes quoted phrases that start with a number, and digit codes', () => {
    const text = '深刻领会“四个必须”“四个以”的行动方向，紧扣省委“132”十项重大工程，围绕抓好“1345”任务体系，“十四五”规划收官之年';
    expect(signals(text, 'formula')).toEqual(['四个必须', '四个以', '132', '1345', '十四五']);
  });

  it('finds plus-codes even unquoted, but not arithmetic', () => {
    expect(signals('形成1+N政策体系和1+1+N学习工厂', 'formula')).toEqual(['1+n', '1+1+n']);
    expect(signals('小学生计算2+3=5', 'formula')).toEqual([]);
  });

  it('takes an unquoted count only where the text treats it as a formula', () => {
    // Items spelled out after it, items listed before it, or the counted noun quoted.
    expect(signals('重点要做到三个结合，即结合市委中心工作', 'formula')).toEqual(['三个结合']);
    expect(signals('聚焦五金产业转型升级、城市更新两大重点，弘扬新时代五金精神', 'formula')).toEqual(['两大重点']);
    const text = '要加快推动三个“一号\n工程”起势见效';
    const formulas = findSignals(text).filter((s) => s.kind === 'formula');
    expect(formulas.map((s) => s.text)).toEqual(['三个一号工程', '一号工程']);
    expect(located(text, formulas[0]!)).toBe('三个“一号\n工程');
  });

  it('leaves ordinary counting alone', () => {
    expect(signals('部署了八个方面重点工作，这八项重点工作是关键')).toEqual([]);
    expect(signals('相机有三个镜头，比赛打了两个小时，他打进两个进球。')).toEqual([]);
    expect(signals('深学笃行党的二十大精神')).toEqual([]);
    expect(signals('聚焦城市更新两大重点')).toEqual([]);
  });
});

describe('parallel chains', () => {
  it('finds a chain with a shared frame and trims its lead-in', () => {
    const text = '调度要再强化，坚持“以日保周、以\n\n周保旬、以旬保月、以月保季”，用好指数监测预警';
    const chains = findSignals(text).filter((s) => s.kind === 'chain');
    expect(chains.map((s) => s.text)).toEqual(['以日保周、以周保旬、以旬保月、以月保季']);
    expect(located(text, chains[0]!)).toBe('以日保周、以\n\n周保旬、以旬保月、以月保季');
  });

  it('finds pairs and longer chains with a frame', () => {
    expect(signals('进一步动员全市上下，干字为先、落实为要，加快建设', 'chain')).toEqual(['干字为先、落实为要']);
    expect(signals('坚持工作不松、力度不减、责任不推，涵养自律警醒', 'chain')).toEqual(['工作不松、力度不减、责任不推']);
    expect(signals('在攻坚一线比状态拼干劲、比实绩拼进位、比担当拼贡献、比作风拼效能。', 'chain')).toEqual([
      '比状态拼干劲、比实绩拼进位、比担当拼贡献、比作风拼效能',
    ]);
  });

  it('leaves out ordinary lists: shared heads, shared prefixes, job titles, chance pairs', () => {
    expect(signals('迭代指标体系、政策体系、任务体系、话语体系')).toEqual([]);
    expect(signals('全力稳经济、稳预期、稳产业链、稳外贸、稳社会')).toEqual([]);
    expect(signals('金华市委常委、市纪委书记、市监委主任吴燕')).toEqual([]);
    expect(signals('经济发展稳中有进、产业转型扎实有力、改革创新创出经验')).toEqual([]);
    expect(signals('猪肉、牛肉、羊肉和鸡肉都可以')).toEqual([]);
  });
});

describe('ordinary Chinese news', () => {
  const sports =
    '北京时间昨晚，中超联赛第十二轮一场焦点战在上海体育场打响。上海海港队凭借下半场的两个进球，以2比1逆转战胜山东泰山队。' +
    '比赛第35分钟，客队前锋接队友传中头球破门。易边再战，海港队加强了进攻，第62分钟和第78分钟两度攻破对方球门。' +
    '赛后，主教练在新闻发布会上表示：“球员们在逆境中展现了很强的韧性，我为他们感到骄傲。”目前海港队积28分，暂列积分榜第二位，' +
    '与榜首的差距缩小到3分。下一轮，他们将客场挑战成都蓉城，三个主力后卫都有伤在身。';
  const recipe =
    '红烧肉是一道家常菜，做法并不复杂。先将五花肉切成三厘米见方的块，冷水下锅焯水，加入两片姜、一根葱和少许料酒，煮开后撇去浮沫捞出。' +
    '锅中放少量油，加入冰糖小火炒出糖色，再把肉块倒进去翻炒上色。接着放入八角、桂皮、香叶，倒入生抽、老抽和开水，水要没过肉。' +
    '大火烧开后转小火慢炖一个小时左右，最后大火收汁即可。这道菜色泽红亮、肥而不腻、入口即化，配米饭特别香。';
  const review =
    '这款手机上手第一感觉是轻薄，机身重量只有一百八十克左右。屏幕是一块6.7英寸的OLED面板，亮度高、色彩准、可视角度大，户外阳光下也看得清。' +
    '续航方面，日常使用一天完全没有问题，支持六十七瓦快充，半小时能充到百分之八十。相机有三个镜头，主摄在白天成像很好，夜景模式稍有噪点。' +
    '缺点是扬声器音量偏小，而且没有耳机孔。总体来说，这是一款性价比很高的“水桶机”，适合大多数用户。';

  it('finds nothing in a sports report or a recipe', () => {
    expect(findSignals(sports)).toEqual([]);
    expect(findSignals(recipe)).toEqual([]);
  });

  it('finds nothing in a product review, not even a scare-quoted coinage', () => {
    // A scare-quoted coinage outside official prose is not a slogan.
    expect(signals(review)).toEqual([]);
  });
});
