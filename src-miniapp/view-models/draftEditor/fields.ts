import {
  ACCEPTED_AT,
  AUDIENCES,
  BASIS_FIELD_LABELS,
  BODY_NATURES,
  CHANNELS,
  DELIVERIES,
  FAQ_FIELD_LABELS,
  FEE_FIELD_LABELS,
  FIELD_LABELS,
  FORM_FIELD_LABELS,
  FORM_FIELD_TYPES,
  FORM_OPTION_LABELS,
  LIMIT_FIELD_LABELS,
  LIMIT_UNITS,
  MATERIAL_FIELD_LABELS,
  MATERIAL_FORMS,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  MATTER_KINDS,
  MATTER_LEVELS,
  MATTER_STATUSES,
  MATTER_TYPES,
  NECESSITIES,
  ONLINE_DEPTHS,
  PAPER_SIZES,
  REACHES,
  RESULT_FIELD_LABELS,
  RESULT_TYPES,
  SITUATION_FIELD_LABELS,
  STEP_FIELD_LABELS,
  TOPICS,
  type Option
} from '@shared/catalog/labels'


import { blankOption, eachField, hasOptions, type GroupField, type GuideField, type GuideSection, type KeyedField, type ListField } from './fieldKinds'

/**
 * The draft editor's one table of the guide's fields: for each, its key, the kind of control that edits it
 * (fieldKinds.ts says how each kind reads and writes its path), its label and hint. The editor page renders it
 * (admin/components/GuideControls.tsx), and the same table tells which paths have a control (where a problem
 * is shown), how the error summary names a path, and which values are whole numbers typed as text
 * (problems.ts). Labels come from src-shared/catalog/labels.ts.
 */

function limit(key: 'legalLimit' | 'promiseLimit', inputClass?: string): GroupField {
  return {
    kind: 'group',
    key,
    label: FIELD_LABELS[key],
    framed: true,
    fields: [
      { kind: 'number', key: 'value', label: LIMIT_FIELD_LABELS.value, inputClass },
      { kind: 'choice', key: 'unit', label: LIMIT_FIELD_LABELS.unit, options: LIMIT_UNITS },
      { kind: 'text', key: 'note', label: LIMIT_FIELD_LABELS.note, optional: true, multiline: true, maxlength: 200 },
      // Only the legal limit can be 无 (no law sets one).
      ...(key === 'legalLimit' ? [{ kind: 'flags' as const, flags: [{ key: 'none', label: LIMIT_FIELD_LABELS.none }] }] : [])
    ]
  }
}

const M = MATERIAL_FIELD_LABELS

/** 纸张规格 is optional: 「不注明」 leaves it out. */
const PAPER_SIZE_CHOICES: readonly Option<string>[] = [{ value: '', label: '不注明' }, ...PAPER_SIZES]

function materials(label: string, addText: string, hint?: string, summary?: string): ListField {
  return {
    kind: 'list',
    key: 'materials',
    label,
    hint,
    summary,
    addText,
    title: { field: 'name', empty: '（未填名称）' },
    blank: () => ({
      name: '',
      kind: '证件证书证明',
      form: '纸质/电子',
      necessity: 'required',
      source: '申请人自备',
      originals: 1,
      copies: 0,
      acceptance: '',
      blankForm: false,
      sampleForm: false
    }),
    item: [
      { kind: 'text', key: 'name', label: M.name, maxlength: 100, wide: true },
      { kind: 'choice', key: 'kind', label: M.kind, options: MATERIAL_KINDS },
      { kind: 'choice', key: 'form', label: M.form, options: MATERIAL_FORMS },
      { kind: 'choice', key: 'necessity', label: M.necessity, options: NECESSITIES },
      { kind: 'choice', key: 'source', label: M.source, hint: '政府部门核发的材料应通过数据共享获取，并在填报须知中说明', options: MATERIAL_SOURCES },
      { kind: 'number', key: 'originals', label: M.originals },
      { kind: 'number', key: 'copies', label: M.copies },
      { kind: 'choice', key: 'paperSize', label: M.paperSize, options: PAPER_SIZE_CHOICES, optional: true },
      { kind: 'flags', flags: [{ key: 'blankForm', label: M.blankForm }, { key: 'sampleForm', label: M.sampleForm }] },
      { kind: 'text', key: 'acceptance', label: M.acceptance, multiline: true, maxlength: 300 },
      { kind: 'text', key: 'note', label: M.note, multiline: true, optional: true, maxlength: 300 }
    ]
  }
}

// ---------------------------------------------------------------------------------------------------------
// The table

const F = FIELD_LABELS

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  {
    title: '基本信息',
    fields: [
      { kind: 'text', key: 'name', label: F.name, maxlength: 80 },
      { kind: 'text', key: 'mainItem', label: F.mainItem, hint: '如 残疾人证新办 的主项为 残疾人证核发', maxlength: 80 },
      { kind: 'status', key: 'status', label: F.status, hint: '暂停、取消的事项发布后不再对群众显示', options: MATTER_STATUSES },
      { kind: 'choice', key: 'type', label: F.type, options: MATTER_TYPES, wide: true },
      { kind: 'choice', key: 'level', label: F.level, options: MATTER_LEVELS },
      { kind: 'multi', key: 'acceptedAt', label: F.acceptedAt, hint: '除行使层级外，还可在哪些地方递交', options: ACCEPTED_AT },
      { kind: 'multi', key: 'channels', label: F.channels, options: CHANNELS },
      { kind: 'choice', key: 'kind', label: F.kind, options: MATTER_KINDS },
      { kind: 'number', key: 'visits', label: F.visits, hint: '0–3 次' },
      { kind: 'choice', key: 'onlineDepth', label: F.onlineDepth, options: ONLINE_DEPTHS }
    ]
  },
  {
    title: '编码与分类',
    fields: [
      { kind: 'text', key: 'baseCode', label: F.baseCode, hint: '8–12 位数字或大写字母', maxlength: 12 },
      { kind: 'text', key: 'itemCode', label: F.itemCode, hint: '以基本编码开头', maxlength: 80 },
      { kind: 'text', key: 'hotline', label: F.hotline, hint: '事项自有热线，如 12345；不填则用县直部门电话', optional: true, maxlength: 20 },
      { kind: 'choice', key: 'bodyNature', label: F.bodyNature, options: BODY_NATURES },
      { kind: 'multi', key: 'audiences', label: F.audiences, options: AUDIENCES },
      { kind: 'choice', key: 'reach', label: F.reach, options: REACHES },
      { kind: 'multi', key: 'topics', label: F.topics, hint: '1 至 3 个', options: TOPICS, wide: true }
    ]
  },
  { title: '办结时限', fields: [limit('legalLimit'), limit('promiseLimit', 'promise-days-input')] },
  {
    title: '设定依据',
    fields: [
      {
        kind: 'list',
        key: 'basis',
        label: F.basis,
        hint: '现行有效的法律法规及条款',
        addText: '添加依据',
        title: { field: 'law', empty: '（未填法律法规名称）' },
        blank: () => ({ law: '', article: '', excerpt: '' }),
        item: [
          { kind: 'text', key: 'law', label: BASIS_FIELD_LABELS.law, maxlength: 80 },
          { kind: 'text', key: 'article', label: BASIS_FIELD_LABELS.article, hint: '如 第九条；不确定时不填，不要猜', optional: true, maxlength: 20 },
          { kind: 'text', key: 'excerpt', label: BASIS_FIELD_LABELS.excerpt, multiline: true, maxlength: 400 }
        ]
      }
    ]
  },
  {
    title: '受理条件',
    fields: [
      {
        kind: 'list',
        key: 'conditions',
        label: F.conditions,
        addText: '添加受理条件',
        blank: () => '',
        item: [{ kind: 'text', key: '', label: '条件', multiline: true, maxlength: 300 }]
      }
    ]
  },
  {
    title: '申请材料',
    fields: [materials(F.materials, '添加材料', '每位申请人都要提交的材料；只在某种情形下需要的材料写在「办理情形」中')]
  },
  {
    title: '办理情形',
    fields: [
      {
        kind: 'list',
        key: 'situations',
        label: F.situations,
        hint: '只有一种情形时不写办理情形',
        addText: '添加情形',
        title: { field: 'name', empty: '（未填名称）' },
        blank: () => ({ key: '', name: '', description: '', materials: [] }),
        item: [
          { kind: 'text', key: 'name', label: SITUATION_FIELD_LABELS.name, maxlength: 60 },
          { kind: 'text', key: 'key', label: SITUATION_FIELD_LABELS.key, hint: '小写字母、数字和连字符，如 guardian', maxlength: 40 },
          { kind: 'text', key: 'description', label: SITUATION_FIELD_LABELS.description, multiline: true, maxlength: 300 },
          materials('本情形另需的材料', '添加本情形的材料', undefined, SITUATION_FIELD_LABELS.materials)
        ]
      }
    ]
  },
  {
    title: '办理流程与收费',
    fields: [
      {
        kind: 'list',
        key: 'steps',
        label: F.steps,
        hint: '至少两个环节；特别程序（评定、公示、听证等）不计入办结时限',
        addText: '添加环节',
        title: { field: 'name', empty: '（未填环节名称）' },
        blank: () => ({ name: '', description: '', days: 1, counted: true }),
        item: [
          { kind: 'text', key: 'name', label: STEP_FIELD_LABELS.name, maxlength: 30 },
          { kind: 'number', key: 'days', label: STEP_FIELD_LABELS.days },
          { kind: 'flags', flags: [{ key: 'counted', label: STEP_FIELD_LABELS.counted }] },
          { kind: 'text', key: 'description', label: STEP_FIELD_LABELS.description, multiline: true, maxlength: 300 }
        ]
      },
      {
        kind: 'list',
        key: 'fees',
        label: F.fees,
        hint: '不收费的事项不添加收费项目',
        addText: '添加收费项目',
        title: { field: 'name', empty: '（未填收费项目）' },
        blank: () => ({ name: '', standard: '', basis: '', reducible: false }),
        item: [
          { kind: 'text', key: 'name', label: FEE_FIELD_LABELS.name, maxlength: 80 },
          { kind: 'number', key: 'amountFen', label: FEE_FIELD_LABELS.amountFen, hint: '如 10 元填 1000；不定额可不填', optional: true },
          { kind: 'flags', flags: [{ key: 'reducible', label: FEE_FIELD_LABELS.reducible }] },
          { kind: 'text', key: 'standard', label: FEE_FIELD_LABELS.standard, multiline: true, maxlength: 200 },
          { kind: 'text', key: 'basis', label: FEE_FIELD_LABELS.basis, multiline: true, maxlength: 200 }
        ]
      }
    ]
  },
  {
    title: '办理结果',
    fields: [
      {
        kind: 'group',
        key: 'result',
        label: F.result,
        framed: false,
        fields: [
          { kind: 'choice', key: 'type', label: RESULT_FIELD_LABELS.type, options: RESULT_TYPES },
          { kind: 'text', key: 'name', label: RESULT_FIELD_LABELS.name, maxlength: 60 },
          { kind: 'multi', key: 'delivery', label: RESULT_FIELD_LABELS.delivery, options: DELIVERIES, wide: true }
        ]
      }
    ]
  },
  {
    title: '常见问题',
    fields: [
      {
        kind: 'list',
        key: 'faq',
        label: F.faq,
        hint: '至少两条，用群众的话提问',
        addText: '添加问题',
        title: { field: 'q', empty: '（未填问题）' },
        blank: () => ({ q: '', a: '' }),
        item: [
          { kind: 'text', key: 'q', label: FAQ_FIELD_LABELS.q, maxlength: 120, wide: true },
          { kind: 'text', key: 'a', label: FAQ_FIELD_LABELS.a, multiline: true, maxlength: 600 }
        ]
      }
    ]
  },
  {
    title: '别名和关键词',
    fields: [
      { kind: 'tags', key: 'aliases', label: F.aliases, hint: '群众的说法，至少 3 个，如 办残疾证、残疾证怎么办' },
      { kind: 'tags', key: 'keywords', label: F.keywords, hint: '至少 2 个' }
    ]
  },
  {
    title: '在线申请表单',
    fields: [
      {
        kind: 'list',
        key: 'form',
        label: F.form,
        hint: '群众在手机上填写的内容（实名信息和材料之外）',
        addText: '添加字段',
        title: { field: 'label', empty: '（未填字段名称）' },
        blank: () => ({ key: '', label: '', type: 'text', required: false }),
        item: [
          { kind: 'text', key: 'label', label: FORM_FIELD_LABELS.label, maxlength: 40 },
          { kind: 'text', key: 'key', label: FORM_FIELD_LABELS.key, hint: '小写字母开头的英文，如 address', maxlength: 40 },
          { kind: 'fieldType', key: 'type', label: FORM_FIELD_LABELS.type, options: FORM_FIELD_TYPES, wide: true },
          { kind: 'flags', flags: [{ key: 'required', label: FORM_FIELD_LABELS.required }] },
          {
            kind: 'list',
            key: 'options',
            label: FORM_FIELD_LABELS.options,
            hint: '至少两个',
            addText: '添加选项',
            title: { field: 'label', empty: '（未填选项名称）' },
            when: hasOptions,
            blank: blankOption,
            item: [
              { kind: 'text', key: 'label', label: FORM_OPTION_LABELS.label, maxlength: 40 },
              { kind: 'text', key: 'value', label: FORM_OPTION_LABELS.value, maxlength: 40 }
            ]
          },
          // Edited in the JSON box only; named in the error summary.
          { kind: 'json', key: 'min', label: FORM_FIELD_LABELS.min },
          { kind: 'json', key: 'max', label: FORM_FIELD_LABELS.max },
          { kind: 'json', key: 'maxLength', label: FORM_FIELD_LABELS.maxLength }
        ]
      }
    ]
  }
]

/** The top-level fields of the table, in the order of the form. */
export const GUIDE_FIELDS: readonly GuideField[] = GUIDE_SECTIONS.flatMap((s) => s.fields)

/** Calls `visit` with the path pattern ('#' = any index) of every field of the table, parents first. */
export function eachGuideField(visit: (pattern: string, field: KeyedField) => void): void {
  eachField(visit, GUIDE_FIELDS)
}
