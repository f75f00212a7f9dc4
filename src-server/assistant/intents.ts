// What a resident's message asks, by rules over the words people use — not a list per matter: which part of a
// guide (materials, time, fees …), my cases, applying, a person, a complaint, small talk. The matter itself is
// found by the search module in what is left once these words are taken out.

/** A part of the guide a resident asks about. */
export const guideTopics = ['materials', 'time', 'fees', 'place', 'conditions', 'steps', 'basis', 'online'] as const;
export type GuideTopic = (typeof guideTopics)[number];

export type ActionIntent = 'progress' | 'apply' | 'handoff' | 'complaint' | 'greeting' | 'thanks';

export interface Understanding {
  /** The guide topics asked, in the order they appear in the message. */
  topics: GuideTopic[];
  action: ActionIntent | null;
  /** The message with the topic, action and filler words removed: what is searched for a matter. */
  rest: string;
}

const topicPatterns: Record<GuideTopic, RegExp> = {
  materials: /(要|需要|得|须|应)?(带|准备|提交|提供|交)(些)?(什么|哪些|啥)(材料|资料|证件|东西)?|(什么|哪些|啥)(材料|资料|证件)|材料(清单|有哪些|是什么)?|资料|证件要求/g,
  time: /多久(能|可以)?(办好|办完|下来|拿到)?|多长时间|多少天|几天|几个工作日|时限|期限|多快|什么时候能(办好|拿到|办完|下来)?|要等多久|办好要/g,
  fees: /收费|收钱|费用|多少钱|要钱|花钱|免费|交钱|缴费|工本费|价格/g,
  place: /在哪(里|儿)?(办|去)?|哪里办|去哪(里|儿)?办?|地址|地点|窗口|几点|上班时间|办公时间|工作时间|咨询电话|联系电话|电话(多少|是多少)?|怎么去/g,
  conditions: /(申请|办理)?条件|资格|符合什么|谁(可以|能)(办|申请)|能不能办|可以办吗|有什么要求/g,
  steps: /流程|步骤|程序|环节|怎么办理|如何办理|怎么办|怎么弄|办理过程/g,
  basis: /(法律|政策|办理)?依据|法律|法规|哪条规定|政策文件/g,
  online: /网上(能)?办|线上|在?手机(上)?(能)?办|在线办|全程网办|跑几次|要跑|跑腿|不用去|需要去现场|要去现场/g,
};

const actionPatterns: [ActionIntent, RegExp][] = [
  ['handoff', /转人工|人工(客服|服务)?|真人|找(个)?人|工作人员|客服人员/g],
  ['complaint', /投诉|举报|不满意|差评|态度(太)?差/g],
  ['progress', /办到哪(里|儿)?(了|一步)?|到哪(一步|了)|进度|审批到|办好了(吗|没)|办得怎么样|结果(出来)?了?吗|批下来了?吗|我的办件|查(一下|下)?办件/g],
  ['apply', /我要申请|我要办理|立即办理|马上办理|现在申请|去申请|在线申请|网上申请|怎么申请|开始申请/g],
];

const greeting = /^(你好|您好|在吗|在不在|hi|hello|嗨|哈喽|喂|早上好|下午好|晚上好)[呀啊吗呢!！~～。.]*$/i;
const thanks = /^(谢谢|多谢|感谢|谢了|好的|好|明白了|知道了|懂了|行|可以了|没事了|再见|拜拜)(你|您|啦|了|哈|呀|啊)*[!！。.~～]*$/;

/** Words that carry no meaning of their own in a question. */
const filler = /我想|我要|想要|我需要|我的|请问|麻烦|帮我|帮忙|一下|问问|咨询|了解|那个|这个|的话|吗|呢|吧|啊|呀|么|嘛|怎么|如何|是什么|什么|哪些|办理|要|得|能|可以|去|那/g;

/** Reads what a message asks (the text is already trimmed). */
export function understand(text: string): Understanding {
  const clean = text.replace(/[?？!！。,，、；;：:~～\s]+/g, ' ').trim();
  if (greeting.test(clean)) return { topics: [], action: 'greeting', rest: '' };
  if (clean.length <= 8 && thanks.test(clean)) return { topics: [], action: 'thanks', rest: '' };
  let rest = clean;
  const found: { topic: GuideTopic; at: number }[] = [];
  for (const topic of guideTopics) {
    for (const m of clean.matchAll(topicPatterns[topic])) found.push({ topic, at: m.index ?? 0 });
    rest = rest.replace(topicPatterns[topic], ' ');
  }
  let action: ActionIntent | null = null;
  for (const [intent, pattern] of actionPatterns) {
    if (!action && new RegExp(pattern.source).test(clean)) action = intent;
    rest = rest.replace(pattern, ' ');
  }
  const topics = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.topic))];
  rest = rest.replace(filler, ' ').replace(/(^|\s)办(?=\S)/g, ' ').replace(/\s+/g, ' ').trim();
  return { topics, action, rest };
}

/** A follow-up with no matter of its own ("那要多久"): short enough that it can only mean the matter in focus. */
export const isFollowUp = (u: Understanding) => (u.topics.length > 0 || u.action === 'apply' || u.action === 'progress') && u.rest.length <= 1;
