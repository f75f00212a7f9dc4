// The assistant's answers about a matter, rendered by templates from the published guide's fields only: no
// material, fee, limit or place appears that the guide does not hold. Each answer also lists the field values it
// used, so a language model's rephrasing can be checked against them (language-model.ts).
import type { Guide } from '../../src-shared/contracts/catalog';
import { CHANNELS } from '../../src-shared/catalog/labels';
import { isHandheld, isSharedMaterial } from '../../src-shared/catalog/source-rules';
import type { GuideTopic } from './intents';

export interface GuideAnswer {
  text: string;
  /** The field values the text was made from. */
  fields: string[];
}

const necessityName = { required: '必需', optional: '可选', deferrable: '可容缺后补' } as const;
const numbered = (lines: string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
const limitText = (l: Guide['promiseLimit']) => `${l.value} 个${l.unit}`;


function materials(g: Guide): GuideAnswer {
  const lines = g.materials.map((m) => {
    const notes = [necessityName[m.necessity], isSharedMaterial(m) ? '可通过数据共享核验，掌上办理无需上传' : ''].filter(Boolean).join('，');
    return `${m.name}（${notes}）`;
  });
  const situations = g.situations.filter((s) => s.materials.length > 0);
  const text = [
    lines.length ? `办理「${g.name}」需要准备以下材料：\n${numbered(lines)}` : `「${g.name}」的办事指南没有列出需要提交的材料。`,
    situations.length ? `以下情形另需补充材料：${situations.map((s) => `${s.name}（${s.materials.map((m) => m.name).join('、')}）`).join('；')}。` : '',
  ].filter(Boolean).join('\n');
  return { text, fields: [...g.materials.map((m) => m.name), ...situations.flatMap((s) => [s.name, ...s.materials.map((m) => m.name)])] };
}

function time(g: Guide): GuideAnswer {
  if (g.instant) return { text: `「${g.name}」是即办件：材料齐全、符合条件的，当场办结。`, fields: ['即办件'] };
  const promise = `承诺 ${limitText(g.promiseLimit)}内办结${g.promiseLimit.note ? `（${g.promiseLimit.note}）` : ''}`;
  const legal = g.legalLimit.none ? '，法律法规未设定法定时限' : g.legalLimit.value > 0 ? `，法定时限 ${limitText(g.legalLimit)}` : '';
  return {
    text: `「${g.name}」${promise}${legal}。时限从受理之日起计算，补正材料和特别程序的时间不计入。`,
    fields: [limitText(g.promiseLimit), limitText(g.legalLimit), g.promiseLimit.note ?? '', g.legalLimit.note ?? ''],
  };
}

function fees(g: Guide): GuideAnswer {
  if (g.free || g.fees.length === 0) return { text: `「${g.name}」不收费。`, fields: ['不收费'] };
  const lines = g.fees.map((f) => `${f.name}：${f.standard}${f.reducible ? '（可减免）' : ''}${f.basis ? `，依据${f.basis}` : ''}`);
  return { text: `「${g.name}」收费如下：\n${numbered(lines)}`, fields: g.fees.flatMap((f) => [f.name, f.standard, f.basis]) };
}

function place(g: Guide): GuideAnswer {
  const parts = [`办理地点：${g.place}${g.address ? `（${g.address}）` : ''}`, g.hours ? `办公时间：${g.hours}` : '', g.phone ? `咨询电话：${g.phone}` : ''].filter(Boolean);
  const online = isHandheld(g) ? '\n也可以在掌上办直接申请。' : '';
  return { text: `「${g.name}」\n${parts.join('\n')}${online}`, fields: [g.place, g.address, g.hours, g.phone] };
}

function conditions(g: Guide): GuideAnswer {
  if (g.conditions.length === 0) return { text: `「${g.name}」的办事指南没有列出申请条件。`, fields: [] };
  return { text: `申请「${g.name}」应符合以下条件：\n${numbered(g.conditions)}`, fields: g.conditions };
}

function steps(g: Guide): GuideAnswer {
  if (g.steps.length === 0) return { text: `「${g.name}」的办事指南没有列出办理流程。`, fields: [] };
  return { text: `「${g.name}」的办理流程：\n${numbered(g.steps.map((s) => `${s.name}：${s.description}`))}`, fields: g.steps.flatMap((s) => [s.name, s.description]) };
}

function basis(g: Guide): GuideAnswer {
  if (g.basis.length === 0) return { text: `「${g.name}」的办事指南没有列出设定依据。`, fields: [] };
  const lines = g.basis.map((b) => `${b.law}${b.article ?? ''}`);
  return { text: `「${g.name}」的设定依据：\n${numbered(lines)}`, fields: lines };
}

function online(g: Guide): GuideAnswer {
  const ways = CHANNELS.filter((c) => g.channels.includes(c.value)).map((c) => c.label);
  const visits = g.visits === 0 ? '全程网办，不用到现场' : `需要到现场 ${g.visits} 次`;
  const handheld = isHandheld(g) ? '可以在掌上办申请' : '暂不能在掌上办申请';
  return { text: `「${g.name}」${handheld}，${visits}。办理方式：${ways.join('、')}。`, fields: [...ways, String(g.visits)] };
}

const byTopic: Record<GuideTopic, (g: Guide) => GuideAnswer> = { materials, time, fees, place, conditions, steps, basis, online };

export const answerTopic = (guide: Guide, topic: GuideTopic): GuideAnswer => byTopic[topic](guide);

/** What the assistant says when a matter comes into focus: what it is and what one can ask next. */
export function introduce(g: Guide): GuideAnswer {
  const limit = g.instant ? '即办件' : `承诺 ${limitText(g.promiseLimit)}内办结`;
  const fee = g.free || g.fees.length === 0 ? '不收费' : '需缴费';
  const visits = g.visits === 0 ? '全程网办' : `需到现场 ${g.visits} 次`;
  return {
    text: `「${g.name}」由${g.department.name}办理：${limit}，${fee}，${visits}。您可以接着问我要带什么材料、多久能办好、收费吗、在哪办。`,
    fields: [g.department.name, limitText(g.promiseLimit), String(g.visits)],
  };
}

/** The quick replies offered under an answer about a matter. */
export const followUps = ['要带什么材料', '多久能办好', '收费吗', '在哪办', '我要申请'];
