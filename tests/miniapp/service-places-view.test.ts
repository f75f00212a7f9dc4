import { blankToNull, checkPhone, checkText, stationLine } from '../../src-miniapp/view-models/servicePlaces';
import { shortVillageName } from '../../src-server/queues/queue-names';

test('the admin page checks phones as the server does, and an empty box means 暂未登记', () => {
  for (const ok of ['0372-8100001', '0372-81000012-801', '13800138000', '12345', '400-123-4567', '']) expect(checkPhone(ok)).toBeUndefined();
  for (const bad of ['8100001', '0372 8100001', '123456', '12345678901234']) expect(checkPhone(bad)).toMatch(/电话格式/);
  expect(blankToNull('  ')).toBeNull();
  expect(blankToNull(' 镇政府一楼 ')).toBe('镇政府一楼');
  expect(checkText('a', '地址')).toBe('地址太短');
});

test('a station line says who serves the village and whether the seeding rule made it', () => {
  expect(stationLine({ hasStation: true, stationName: '白马坡村便民服务站', seededByRule: true })).toBe('本村（社区）设站（按规则生成，待县区核实）');
  expect(stationLine({ hasStation: false, stationName: '白马坡村便民服务站', seededByRule: false })).toBe('由白马坡村便民服务站服务');
});

test('a station is named after its village the way residents say it', () => {
  expect(shortVillageName('白马坡村民委员会')).toBe('白马坡村');
  expect(shortVillageName('东关村村委会')).toBe('东关村');
  expect(shortVillageName('楼东社区居委会')).toBe('楼东社区');
  expect(shortVillageName('梅园社区')).toBe('梅园社区');
});
