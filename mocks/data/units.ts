import type { Unit } from '@/schemas/unit';

type LeagueCity = Pick<Unit, 'id' | 'name' | 'nameEn' | 'kind' | 'border'> & {
  /** Relative size, used to scale synthetic counts. */
  size: number;
};

export const regionUnit: Unit = {
  id: 'region',
  name: '自治区',
  nameEn: 'Autonomous region',
  level: 'region',
  kind: 'region',
  parentId: null,
  border: true,
};

/** The 12 league/city units (盟市), in the order official tables list them. */
export const leagueCities: LeagueCity[] = [
  { id: 'hohhot', name: '呼和浩特市', nameEn: 'Hohhot', kind: 'city', border: false, size: 1.3 },
  { id: 'baotou', name: '包头市', nameEn: 'Baotou', kind: 'city', border: true, size: 1.2 },
  { id: 'wuhai', name: '乌海市', nameEn: 'Wuhai', kind: 'city', border: false, size: 0.4 },
  { id: 'chifeng', name: '赤峰市', nameEn: 'Chifeng', kind: 'city', border: false, size: 1.3 },
  { id: 'tongliao', name: '通辽市', nameEn: 'Tongliao', kind: 'city', border: false, size: 1.1 },
  { id: 'ordos', name: '鄂尔多斯市', nameEn: 'Ordos', kind: 'city', border: false, size: 1.1 },
  {
    id: 'hulunbuir',
    name: '呼伦贝尔市',
    nameEn: 'Hulunbuir',
    kind: 'city',
    border: true,
    size: 1.0,
  },
  { id: 'bayannur', name: '巴彦淖尔市', nameEn: 'Bayannur', kind: 'city', border: true, size: 0.7 },
  { id: 'ulanqab', name: '乌兰察布市', nameEn: 'Ulanqab', kind: 'city', border: true, size: 0.8 },
  {
    id: 'xingan',
    name: '兴安盟',
    nameEn: 'Hinggan League',
    kind: 'league',
    border: true,
    size: 0.6,
  },
  {
    id: 'xilingol',
    name: '锡林郭勒盟',
    nameEn: 'Xilingol League',
    kind: 'league',
    border: true,
    size: 0.6,
  },
  { id: 'alxa', name: '阿拉善盟', nameEn: 'Alxa League', kind: 'league', border: true, size: 0.3 },
];

export const sampleUnits: Unit[] = [
  regionUnit,
  ...leagueCities.map(({ size: _size, ...unit }) => ({
    ...unit,
    level: 'league-city' as const,
    parentId: regionUnit.id,
  })),
];

export const unitSize = (unitId: string) =>
  leagueCities.find((unit) => unit.id === unitId)?.size ?? 1;
