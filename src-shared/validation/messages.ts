// Plain Chinese validation messages for people filling in a form, used by zod on the server and the client.
// Schemas that need a more specific sentence pass their own `error`; this covers everything else.
import { z } from 'zod';

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
  date: '日期',
  bigint: '整数',
};

type Issue = z.core.$ZodRawIssue;

export function chineseMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return '此项必填';
      return `格式不对，应填写${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? '此项不能为空' : `至少填写 ${min} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少选择 ${min} 项`;
      return `不能小于 ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `最多填写 ${max} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多选择 ${max} 项`;
      return `不能大于 ${max}`;
    }
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value':
      return `请从以下选项中选择：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '格式不正确';
    case 'not_multiple_of':
      return `应为 ${String(issue.divisor)} 的整数倍`;
    default:
      return undefined;
  }
}

let installed = false;
/** Makes zod speak Chinese; idempotent, called once by each side at start. */
export function installChineseMessages(): void {
  if (installed) return;
  z.config(z.locales.zhCN());
  z.config({ customError: chineseMessage });
  installed = true;
}
