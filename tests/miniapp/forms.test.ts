// Renderer-free rules of the identity forms (src-miniapp/view-models/forms.ts) and of the cascading region picker
// (src-miniapp/view-models/regionChoice.ts): instant checks with the shared validators, the server's 400 details
// under each field, the error summary, and county → township → village choices.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { idCheckChar, idNumberMessages, phoneMessage } from '@shared/identity/personal-numbers';
import { errorFromResponse, networkError } from '../../src-miniapp/services/errors';
import {
  FAMILY_FIELDS,
  FAMILY_RELATIONS,
  MAX_FAMILY_MEMBERS,
  PROFILE_FIELDS,
  canAddFamilyMember,
  checkIdNumber,
  checkName,
  checkPhone,
  checkRegionCode,
  errorAfterBlur,
  errorSummary,
  errorWhileTyping,
  hasErrors,
  normalizeFamilyMember,
  normalizeProfile,
  problemsFromError,
  validateFamilyMember,
  validateProfile,
} from '../../src-miniapp/view-models/forms';
import {
  chooseCounty,
  chooseTownship,
  chooseVillage,
  choiceCode,
  choiceFromPath,
  choiceText,
  emptyRegionChoice,
  indexOfCode,
} from '../../src-miniapp/view-models/regionChoice';

const first17 = '41050219900101123';
const validId = first17 + idCheckChar(first17);
const wrongCheck = first17 + (idCheckChar(first17) === '5' ? '6' : '5');

describe('field checks', () => {
  test('ID numbers: the shared validator, after spaces are dropped and x is upper-cased', () => {
    expect(checkIdNumber(validId)).toBeNull();
    expect(checkIdNumber(` ${validId.slice(0, 6)} ${validId.slice(6)} `)).toBeNull();
    expect(checkIdNumber('')).toBe('请输入身份证号');
    expect(checkIdNumber('   ')).toBe('请输入身份证号');
    expect(checkIdNumber(wrongCheck)).toBe(idNumberMessages.checkDigit);
    expect(checkIdNumber('4105021990010112')).toBe(idNumberMessages.format);
    expect(checkIdNumber('991234199001011234')).toBe(idNumberMessages.region);
    expect(checkIdNumber('410502199002301234')).toBe(idNumberMessages.birthDate);
    const withX = '11010519491231002';
    expect(idCheckChar(withX)).toBe('X');
    expect(checkIdNumber(`${withX}x`)).toBeNull();
  });

  test('phone numbers: 11 digits from 1[3-9], spaces and dashes allowed', () => {
    expect(checkPhone('13812345678')).toBeNull();
    expect(checkPhone('138 1234-5678')).toBeNull();
    expect(checkPhone('')).toBe('请输入手机号');
    expect(checkPhone('12812345678')).toBe(phoneMessage);
    expect(checkPhone('1381234567')).toBe(phoneMessage);
  });

  test('names: Chinese, letters and the middle dot, at most 32', () => {
    expect(checkName('张三')).toBeNull();
    expect(checkName(' 买买提·艾力 ')).toBeNull();
    expect(checkName('')).toBe('请输入姓名');
    expect(checkName('张3')).toBe('姓名只能包含汉字、字母和间隔号·');
    expect(checkName('张'.repeat(33))).toBe('姓名不能超过 32 个字');
  });

  test('region: a township or village code', () => {
    expect(checkRegionCode('410505102')).toBeNull();
    expect(checkRegionCode('410505102201')).toBeNull();
    expect(checkRegionCode('')).toBe('请选择所在的乡镇（街道）或村（社区）');
    expect(checkRegionCode('410505')).toBe('请选择所在的乡镇（街道）或村（社区）');
  });

  test('on blur: what was typed is checked; an untouched empty field keeps what it showed', () => {
    expect(errorAfterBlur(checkIdNumber, wrongCheck, undefined)).toBe(idNumberMessages.checkDigit);
    expect(errorAfterBlur(checkIdNumber, validId, idNumberMessages.checkDigit)).toBeUndefined();
    expect(errorAfterBlur(checkIdNumber, '', undefined)).toBeUndefined();
    expect(errorAfterBlur(checkIdNumber, '', '请输入身份证号')).toBe('请输入身份证号');
  });

  test('while typing: a message goes once the value is right, and none appears before blur', () => {
    expect(errorWhileTyping(checkIdNumber, validId.slice(0, 10), undefined)).toBeUndefined();
    expect(errorWhileTyping(checkIdNumber, validId.slice(0, 10), idNumberMessages.checkDigit)).toBe(
      idNumberMessages.checkDigit,
    );
    expect(errorWhileTyping(checkIdNumber, validId, idNumberMessages.checkDigit)).toBeUndefined();
  });
});

describe('profile form', () => {
  const filled = { name: '张三', idNumber: validId, phone: '13812345678', regionCode: '410505102' };

  test('a filled form has no errors; an empty one has one per field, summarised in form order', () => {
    expect(validateProfile(filled)).toEqual({});
    const errors = validateProfile({ name: '', idNumber: wrongCheck, phone: '', regionCode: '' });
    expect(hasErrors(errors)).toBe(true);
    expect(errorSummary(errors, PROFILE_FIELDS)).toEqual([
      { field: 'name', message: '请输入姓名' },
      { field: 'idNumber', message: idNumberMessages.checkDigit },
      { field: 'phone', message: '请输入手机号' },
      { field: 'regionCode', message: '请选择所在的乡镇（街道）或村（社区）' },
    ]);
    expect(hasErrors({})).toBe(false);
  });

  test('what is sent is normalised', () => {
    expect(
      normalizeProfile({ name: ' 张三 ', idNumber: ` ${validId.toLowerCase()} `, phone: '138 1234 5678', regionCode: '410505102' }),
    ).toEqual(filled);
  });
});

describe('the server answer spread over the form', () => {
  const invalid = (details: { field: string; message: string }[]) =>
    errorFromResponse(400, {
      error: { code: 'invalid_input', message: '提交的内容有误，请按提示修改后重试', details, requestId: 'r' },
    });

  test('400 details go under the field they name (with or without a body. prefix)', () => {
    const problems = problemsFromError(
      invalid([
        { field: 'idNumber', message: '身份证号校验位不对' },
        { field: 'body.phone', message: '手机号应为 11 位数字' },
        { field: 'idNumber', message: '第二条不覆盖第一条' },
      ]),
      PROFILE_FIELDS,
    );
    expect(problems).toEqual({
      fields: { idNumber: '身份证号校验位不对', phone: '手机号应为 11 位数字' },
      message: null,
    });
  });

  test('details naming no field of the form are shown above it', () => {
    const problems = problemsFromError(
      invalid([
        { field: 'name', message: '姓名只能包含汉字' },
        { field: 'extra', message: '多余的字段' },
      ]),
      PROFILE_FIELDS,
    );
    expect(problems).toEqual({ fields: { name: '姓名只能包含汉字' }, message: '多余的字段' });
    // Nothing matched: the whole message (for invalid_input, the details joined).
    expect(problemsFromError(invalid([{ field: 'extra', message: '多余的字段' }]), PROFILE_FIELDS)).toEqual({
      fields: {},
      message: '多余的字段',
    });
  });

  test('409, 422 and network failures are one message for the form', () => {
    const taken = errorFromResponse(409, {
      error: { code: 'id_number_taken', message: '该身份证号已被其他账号实名使用', requestId: 'r' },
    });
    expect(problemsFromError(taken, PROFILE_FIELDS)).toEqual({ fields: {}, message: '该身份证号已被其他账号实名使用' });
    const limit = errorFromResponse(422, {
      error: { code: 'family_limit', message: '最多绑定 5 位家庭成员', requestId: 'r' },
    });
    expect(problemsFromError(limit, FAMILY_FIELDS).message).toBe('最多绑定 5 位家庭成员');
    expect(problemsFromError(networkError(), FAMILY_FIELDS).message).toBe('网络连接失败，请检查网络后重试');
  });
});

describe('family form', () => {
  test('name, ID number and one of the server’s relations are required', () => {
    expect(validateFamilyMember({ name: '李四', idNumber: validId, relation: '配偶' })).toEqual({});
    expect(validateFamilyMember({ name: '', idNumber: '', relation: '' })).toEqual({
      name: '请输入姓名',
      idNumber: '请输入身份证号',
      relation: '请选择与您的关系',
    });
    expect(validateFamilyMember({ name: '李四', idNumber: validId, relation: '朋友' }).relation).toBe('请选择与您的关系');
    expect(normalizeFamilyMember({ name: ' 李四 ', idNumber: validId.toLowerCase(), relation: '子女' })).toEqual({
      name: '李四',
      idNumber: validId,
      relation: '子女',
    });
  });

  test('the relations and the limit of 5', () => {
    expect(FAMILY_RELATIONS).toEqual(['配偶', '父母', '子女', '祖父母', '外祖父母', '孙子女', '兄弟姐妹', '其他']);
    expect(MAX_FAMILY_MEMBERS).toBe(5);
    expect(canAddFamilyMember(0)).toBe(true);
    expect(canAddFamilyMember(4)).toBe(true);
    expect(canAddFamilyMember(5)).toBe(false);
  });
});

describe('cascading region choice', () => {
  const path = [
    { code: '4105', name: '安阳市' },
    { code: '410505', name: '殷都区' },
    { code: '410505102', name: '水冶镇' },
    { code: '410505102201', name: '东街村' },
  ];

  test('from a profile’s path (city first) to county, township and village', () => {
    const choice = choiceFromPath(path);
    expect(choice).toEqual({
      county: { code: '410505', name: '殷都区' },
      township: { code: '410505102', name: '水冶镇' },
      village: { code: '410505102201', name: '东街村' },
    });
    expect(choiceCode(choice)).toBe('410505102201');
    expect(choiceText(choice)).toBe('殷都区 · 水冶镇 · 东街村');
    expect(choiceFromPath([])).toEqual(emptyRegionChoice);
    expect(choiceCode(emptyRegionChoice)).toBe('');
    expect(choiceCode(choiceFromPath(path.slice(0, 3)))).toBe('410505102');
  });

  test('a new choice above clears what was chosen below; the same one changes nothing', () => {
    const choice = choiceFromPath(path);
    expect(chooseCounty(choice, { code: '410505', name: '殷都区' })).toBe(choice);
    expect(chooseCounty(choice, { code: '410502', name: '文峰区' })).toEqual({
      county: { code: '410502', name: '文峰区' },
      township: null,
      village: null,
    });
    const other = chooseTownship(choice, { code: '410505100', name: '曲沟镇' });
    expect(other).toEqual({ ...choice, township: { code: '410505100', name: '曲沟镇' }, village: null });
    expect(choiceCode(other)).toBe('410505100');
    expect(choiceCode(chooseVillage(choice, null))).toBe('410505102');
  });

  test('indexOfCode finds the picker position of a choice', () => {
    const options = [
      { code: '410505100', name: '曲沟镇' },
      { code: '410505102', name: '水冶镇' },
    ];
    expect(indexOfCode(options, '410505102')).toBe(1);
    expect(indexOfCode(options, '999')).toBe(-1);
    expect(indexOfCode(null, '410505102')).toBe(-1);
    expect(indexOfCode(options, undefined)).toBe(-1);
  });
});
