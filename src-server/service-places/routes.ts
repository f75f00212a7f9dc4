import {
  DepartmentContactListSchema, DepartmentContactSchema, TownshipCentreListSchema, TownshipCentreSchema,
  VillageStationListSchema, VillageStationSchema,
} from '../../src-shared/contracts/service-places';
import { defineRoute, staffOnly } from '../platform/http/route';
import { listDepartmentContacts } from './list-department-contacts';
import { listTownshipCentres } from './list-township-centres';
import { listVillageStations } from './list-village-stations';
import { CentreBody, CountyQuery, DepartmentContactBody, DepartmentContactParams, StationBody, TownshipParams, VillageParams } from './schemas';
import { updateDepartmentContact } from './update-department-contact';
import { updateTownshipCentre } from './update-township-centre';
import { updateVillageStation } from './update-village-station';

const tags = ['service-places'];
const readers = staffOnly('county_admin', 'city_admin');
const editors = staffOnly('county_admin');

export const servicePlaceRoutes = () => [
  defineRoute({
    method: 'get', path: '/api/admin/service-places/townships', summary: '乡镇（街道）便民服务中心及联系方式', tags,
    access: readers, query: CountyQuery, responses: { 200: { description: '本县（区）各乡镇（街道）中心', schema: TownshipCentreListSchema } },
    handler: ({ state }, { query }) => listTownshipCentres(state.useCase, query),
  }),
  defineRoute({
    method: 'put', path: '/api/admin/service-places/townships/:code', summary: '登记乡镇（街道）中心的地址、时间、电话', tags,
    access: editors, params: TownshipParams, body: CentreBody, responses: { 200: { description: '已保存', schema: TownshipCentreSchema } },
    handler: ({ state }, { params, body }) => updateTownshipCentre(state.useCase, { code: params.code, ...body }),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/service-places/townships/:code/stations', summary: '乡镇（街道）的村（社区）便民服务站清单', tags,
    access: readers, params: TownshipParams, responses: { 200: { description: '各村（社区）及为其服务的站', schema: VillageStationListSchema } },
    handler: ({ state }, { params }) => listVillageStations(state.useCase, params),
  }),
  defineRoute({
    method: 'put', path: '/api/admin/service-places/stations/:code', summary: '设置村（社区）便民服务站或为其服务的站', tags,
    access: editors, params: VillageParams, body: StationBody, responses: { 200: { description: '已保存', schema: VillageStationSchema } },
    handler: ({ state }, { params, body }) => updateVillageStation(state.useCase, { code: params.code, ...body }),
  }),
  defineRoute({
    method: 'get', path: '/api/admin/department-contacts', summary: '各部门咨询电话（本县区）', tags,
    access: readers, query: CountyQuery, responses: { 200: { description: '各部门及已登记的电话', schema: DepartmentContactListSchema } },
    handler: ({ state }, { query }) => listDepartmentContacts(state.useCase, query),
  }),
  defineRoute({
    method: 'put', path: '/api/admin/department-contacts/:county/:department', summary: '登记部门咨询电话', tags,
    access: editors, params: DepartmentContactParams, body: DepartmentContactBody, responses: { 200: { description: '已保存', schema: DepartmentContactSchema } },
    handler: ({ state }, { params, body }) => updateDepartmentContact(state.useCase, { ...params, phone: body.phone }),
  }),
];
