// The blank form and the filled sample of a material that claims them (有空白表格 / 有填写样表), made from the
// catalog's own fields: the material's name, the matter and its department, and the fields residents fill in
// (`form`). They are not scans of a department's printed form, and say so on the page. Where no honest file
// can be made from those fields (a medical form, an agreement between two parties), there is none, and the
// guide does not show the tag.
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { A4, renderPdf, textWidth, wrap, type Page } from './form-pdf';

type Field = MatterSource['form'][number];
export type FormKind = 'blank' | 'sample';

/** What a material's form is, by its name: a table to fill in, a power of attorney, a pledge or statement. */
export type Template = 'application' | 'authorization' | 'declaration';

export function templateOf(materialName: string): Template | null {
  if (/体检表|协议书/.test(materialName)) return null;
  if (/委托书/.test(materialName)) return 'authorization';
  if (/承诺|声明|说明/.test(materialName)) return 'declaration';
  return 'application';
}

/**
 * Which files can honestly be made: a pledge or statement says what only the applicant can say, so it gets a
 * blank page to write on but no sample text.
 */
export function formsOffered(materialName: string): { blank: boolean; sample: boolean } {
  const t = templateOf(materialName);
  return { blank: t !== null, sample: t === 'application' || t === 'authorization' };
}

interface Row {
  label: string;
  blank: string;
  sample: string;
  /** Lines of writing space. */
  lines: number;
}

const SAMPLE = { name: '张三', agent: '李四', id: '41050019900101000X', agentId: '41050019850202000X', phone: '138 0000 0000', date: '2026年1月5日' };
const SAMPLE_BLUE: [number, number, number] = [0.05, 0.25, 0.7];

function sampleValue(f: Field): string {
  switch (f.type) {
    case 'idNumber': return SAMPLE.id;
    case 'phone': return SAMPLE.phone;
    case 'date': return SAMPLE.date;
    case 'number': return String(f.min !== undefined && f.min > 0 ? f.min : 1);
    case 'select':
    case 'multiselect': return (f.options ?? []).map((o, i) => `${i === 0 ? '■' : '□'}${o.label}`).join('  ');
    case 'region': return '安阳市林州市××镇××村';
    default:
      if (/姓名/.test(f.label)) return SAMPLE.name;
      if (/地址|住址|所在地/.test(f.label)) return '安阳市林州市××镇××村××号';
      return `按实际情况填写${f.label}`;
  }
}

const blankValue = (f: Field) =>
  f.type === 'select' || f.type === 'multiselect' ? (f.options ?? []).map((o) => `□${o.label}`).join('  ')
    : f.type === 'date' ? '        年      月      日' : '';

const person = (who: string, name: string, id: string): Row[] => [
  { label: `${who}姓名`, blank: '', sample: name, lines: 1 },
  { label: '公民身份号码', blank: '', sample: id, lines: 1 },
  { label: '联系电话', blank: '', sample: SAMPLE.phone, lines: 1 },
];

function rowsOf(template: Template, matter: MatterSource): Row[] {
  if (template === 'authorization') {
    return [
      ...person('委托人', SAMPLE.name, SAMPLE.id),
      ...person('受托人', SAMPLE.agent, SAMPLE.agentId),
      { label: '委托事项', blank: `代为办理“${matter.name}”`, sample: `代为办理“${matter.name}”`, lines: 1 },
      { label: '委托权限', blank: '', sample: '代为提交申请材料、接收补正通知、领取办理结果', lines: 2 },
      { label: '委托期限', blank: '', sample: `自${SAMPLE.date}起至本事项办结之日止`, lines: 1 },
    ];
  }
  if (template === 'declaration') {
    return [
      ...person('承诺（声明）人', '', ''),
      { label: '所办事项', blank: matter.name, sample: matter.name, lines: 1 },
      { label: '承诺（声明）内容', blank: '', sample: '', lines: 8 },
    ];
  }
  return [
    ...person('申请人', SAMPLE.name, SAMPLE.id),
    ...matter.form.map((f) => ({
      label: f.label + (f.required ? '' : '（选填）'),
      blank: blankValue(f),
      sample: sampleValue(f),
      lines: f.type === 'textarea' ? 3 : 1,
    })),
  ];
}

const LEFT = 50;
const RIGHT = A4.width - 50;
const LABEL_W = 140;
const LINE_H = 22;
const FONT = 11;
const BOTTOM = A4.height - 90;

/** The PDF of one material's blank form or sample; null when none can honestly be made. */
export function renderForm(
  input: { matter: MatterSource; departmentName: string; materialName: string },
  kind: FormKind,
): Buffer | null {
  const template = templateOf(input.materialName);
  if (!template || !formsOffered(input.materialName)[kind]) return null;
  const title = input.materialName.replace(/^《(.*)》$/, '$1');
  const rows = rowsOf(template, input.matter);
  const signer = template === 'authorization' ? '委托人（签名）：' : template === 'declaration' ? '承诺（声明）人（签名）：' : '申请人（签名）：';
  const valueEm = (RIGHT - LEFT - LABEL_W - 12) / FONT;

  // Lay rows out on pages first, so the page count is known before drawing.
  const pages: { row: Row; lines: string[]; y: number; h: number }[][] = [[]];
  let y = 140;
  for (const row of rows) {
    const text = kind === 'sample' ? row.sample : row.blank;
    const lines = wrap(text, valueEm);
    const h = Math.max(row.lines, lines.length, wrap(row.label, (LABEL_W - 12) / FONT).length) * LINE_H;
    if (y + h > BOTTOM - 60) {
      pages.push([]);
      y = 80;
    }
    pages[pages.length - 1].push({ row, lines, y, h });
    y += h;
  }

  return renderPdf(`${title}（${kind === 'blank' ? '空白表格' : '填写样表'}）`, pages.length, (page: Page, index) => {
    if (kind === 'sample') page.watermark('样例');
    if (index === 0) {
      page.centred(50, title, 18);
      page.text(LEFT, 86, `所办事项：${input.matter.name}`, 10);
      page.text(LEFT, 102, `受理部门：${input.departmentName}`, 10);
      if (kind === 'sample') page.text(LEFT, 118, '填写样例：蓝色文字为示范内容，仅供参考，不能作为申请材料提交。', 10, [0.8, 0.1, 0.1]);
    }
    for (const { row, lines, y: top, h } of pages[index]) {
      page.rect(LEFT, top, LABEL_W, h);
      page.rect(LEFT + LABEL_W, top, RIGHT - LEFT - LABEL_W, h);
      wrap(row.label, (LABEL_W - 12) / FONT).forEach((l, i) => page.text(LEFT + 6, top + 6 + i * LINE_H, l, FONT));
      const colour = kind === 'sample' && row.sample !== row.blank ? SAMPLE_BLUE : undefined;
      lines.forEach((l, i) => page.text(LEFT + LABEL_W + 6, top + 6 + i * LINE_H, l, FONT, colour));
    }
    if (index === pages.length - 1) {
      const last = pages[index][pages[index].length - 1];
      const sy = (last ? last.y + last.h : 140) + 30;
      page.text(LEFT, sy, signer, FONT);
      if (kind === 'sample') page.text(LEFT + textWidth(signer) * FONT + 6, sy, SAMPLE.name, FONT, SAMPLE_BLUE);
      if (template === 'authorization') {
        page.text(LEFT + 250, sy, '受托人（签名）：', FONT);
        if (kind === 'sample') page.text(LEFT + 250 + textWidth('受托人（签名）：') * FONT + 6, sy, SAMPLE.agent, FONT, SAMPLE_BLUE);
      }
      page.text(LEFT, sy + 30, '日期：', FONT);
      page.text(LEFT + 36, sy + 30, kind === 'sample' ? SAMPLE.date : '        年      月      日', FONT, kind === 'sample' ? SAMPLE_BLUE : undefined);
    }
    const note = '说明：本表由掌上办根据事项目录中本事项的名称和办理字段生成，不是部门印制表格的扫描件；窗口提供正式表格的，以窗口表格为准。';
    wrap(note, (RIGHT - LEFT) / 8).forEach((l, i) => page.text(LEFT, A4.height - 70 + i * 12, l, 8, [0.4, 0.4, 0.4]));
    page.text(RIGHT - 40, A4.height - 40, `第 ${index + 1} 页 / 共 ${pages.length} 页`.replace(/ /g, ''), 8, [0.4, 0.4, 0.4]);
  });
}
