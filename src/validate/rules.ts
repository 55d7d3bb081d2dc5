/**
 * Checks the schema cannot express, on data that already passed its schema. Pure; each rule
 * returns DataIssues located later by the dataset builder.
 *
 * Field names and Chinese titles come from the schema JSON (through ./schema.ts), not from a
 * list kept here, so a field added to the schema is known to these rules at once.
 */
import { duplicateIdentities, identityField } from '../figures/keys.ts';
import { issue } from '../problems/catalog.ts';
import type { DataIssue, FieldPath } from '../problems/problem.ts';
import { closestMatch } from '../text/nearest.ts';
import type { CountyFile } from '../types/generated/county.ts';
import type { CountyYearFile, Level, School } from '../types/generated/county-year.ts';
import type { StandardFile } from '../types/generated/standard.ts';
import { checkAssessment } from './assessment-rules.ts';
import { fieldInfo, propertyNamesAt, schoolLevelsByType } from './schema.ts';
import { toFillItems } from './to-fill.ts';

type LevelKey = 'primary' | 'junior' | 'senior' | 'special';
type SchoolType = School['type'];

/**
 * The 学段 blocks each school type has (domain.md §2), as the county-year schema's school
 * rules require them (`allOf`: if type is X then required …): the schema enforces them, in the
 * editor and in check alike.
 */
export const levelsByType = schoolLevelsByType() as Record<SchoolType, readonly LevelKey[]>;

/** Teachers counted among a level's full-time teachers, so never more than `teachers`. */
const teacherSubsets = [
  'aboveDegreeTeachers',
  'seniorTitleTeachers',
  'qualifiedTeachers',
  'keyTeachers',
  'peArtsTeachers',
  'certifiedTeachers',
  'trainedTeachers',
] as const;

const teachingPoint: SchoolType = '教学点';

/** Where a year file sits: its folder (the county id) and the year in its file name. */
export interface YearFilePlace {
  folder: string;
  fileYear: number;
}

export function checkCountyYearFile(data: CountyYearFile, place: YearFilePlace): DataIssue[] {
  return [
    ...yearFileIdentity(data, place),
    ...uniqueSchoolIds(data.schools),
    ...teachingPointParents(data.schools),
    ...teacherSubsetsWithinTeachers(data.schools),
    ...classSizeBandsAddUp(data.schools),
    ...totalsMatchSchools(data),
    ...schoolFundsWithinPublicFunds(data.schools),
    ...roomAreasHaveRooms(data.schools),
    ...countyNumbersWithinWholes(data),
    ...juniorCohortSensible(data),
    ...declarationsOnce(data),
    ...evidenceOfDeclaredItems(data),
    ...scoresWithinPoints(data),
    ...monitoringOncePerSubject(data),
    ...listItemsDistinct(data),
    ...toFillItems(data),
  ];
}

/** A part and its whole, both fields of one object, titled by the schema. */
function partWithinWhole(
  path: FieldPath,
  part: string,
  whole: string,
  object: object | undefined,
): DataIssue[] {
  const values = object as Record<string, number | undefined> | undefined;
  const value = values?.[part];
  const total = values?.[whole];
  if (value === undefined || total === undefined || value <= total) return [];
  return [
    issue('partExceedsWhole', [...path, part], {
      title: titleOf('year', [...path, part]),
      value,
      wholeTitle: titleOf('year', [...path, whole]),
      whole: total,
    }),
  ];
}

/** A school's teacher-training spend is part of its public funds. */
export function schoolFundsWithinPublicFunds(schools: readonly School[]): DataIssue[] {
  return schools.flatMap((school, index) =>
    partWithinWhole(['schools', index, 'funds'], 'trainingSpend', 'publicFunds', school.funds),
  );
}

/** The rooms whose smallest area may be given, and their counts. */
const roomAreas = [
  { area: 'musicRoomMinArea', rooms: 'musicRooms' },
  { area: 'artRoomMinArea', rooms: 'artRooms' },
] as const;

/** The smallest music (art) room's area is given only with at least one such room. */
export function roomAreasHaveRooms(schools: readonly School[]): DataIssue[] {
  const issues: DataIssue[] = [];
  schools.forEach((school, index) => {
    const facilities = school.facilities;
    if (!facilities) return;
    for (const { area, rooms } of roomAreas) {
      const count = facilities[rooms];
      if (facilities[area] === undefined || (count !== undefined && count >= 1)) continue;
      const path: FieldPath = ['schools', index, 'facilities'];
      const params = {
        areaKey: area,
        areaTitle: titleOf('year', [...path, area]),
        roomsKey: rooms,
        roomsTitle: titleOf('year', [...path, rooms]),
      };
      issues.push(
        issue(
          'roomAreaWithoutRooms',
          [...path, area],
          count === undefined ? params : { ...params, rooms: count },
        ),
      );
    }
  });
  return issues;
}

/**
 * The county numbers that are part of another (schemas/county-year.schema.json `numbers`):
 * the group, the part and its whole. Rotated key teachers are compared with the rotated
 * teachers, or with the eligible ones when the rotated are not given.
 */
const numberParts = [
  ['rotation', 'rotated', 'eligible'],
  ['quotaAllocation', 'allocated', 'places'],
  ['migrantChildren', 'inPublic', 'eligible'],
  ['disabledChildren', 'enrolled', 'eligible'],
] as const;

export function countyNumbersWithinWholes(data: CountyYearFile): DataIssue[] {
  const numbers = data.numbers;
  if (!numbers) return [];
  const issues: DataIssue[] = [];
  const rotation = numbers.rotation;
  if (rotation?.keyRotated !== undefined) {
    const whole = rotation.rotated !== undefined ? 'rotated' : 'eligible';
    issues.push(...partWithinWhole(['numbers', 'rotation'], 'keyRotated', whole, rotation));
  }
  for (const [group, part, whole] of numberParts) {
    issues.push(...partWithinWhole(['numbers', group], part, whole, numbers[group]));
  }
  return issues;
}

/** The junior cohort cannot lose more pupils (out, died) than it had (entered, came in). */
export function juniorCohortSensible(data: CountyYearFile): DataIssue[] {
  const cohort = data.numbers?.juniorCohort;
  if (cohort?.entrants === undefined) return [];
  const { entrants, transfersIn = 0, transfersOut = 0, deaths = 0 } = cohort;
  if (transfersOut + deaths <= entrants + transfersIn) return [];
  const field = cohort.transfersOut !== undefined ? 'transfersOut' : 'deaths';
  return [
    issue('cohortOutflowExceeds', ['numbers', 'juniorCohort', field], {
      transfersOut,
      deaths,
      entrants,
      transfersIn,
    }),
  ];
}

/** Each score of the government-score table is at most the item's points, when given. */
export function scoresWithinPoints(data: CountyYearFile): DataIssue[] {
  const issues: DataIssue[] = [];
  (data.governmentScoreItems ?? []).forEach((row, index) => {
    if (row.points === undefined) return;
    for (const field of ['self', 'municipal', 'provincial'] as const) {
      const value = row[field];
      if (value === undefined || value <= row.points) continue;
      const path: FieldPath = ['governmentScoreItems', index, field];
      issues.push(
        issue('scoreAbovePoints', path, { title: titleOf('year', path), value, points: row.points }),
      );
    }
  });
  return issues;
}

/** A subject of one monitoring year is given once. */
export function monitoringOncePerSubject(data: CountyYearFile): DataIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: DataIssue[] = [];
  (data.qualityMonitoring ?? []).forEach(({ subject, year }, index) => {
    const key = `${year}\u0000${subject.trim()}`;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else
      issues.push(
        issue('monitoringRepeated', ['qualityMonitoring', index, 'subject'], {
          subject,
          year,
          firstIndex: first,
        }),
      );
  });
  return issues;
}

/** The Chinese name of a declaration or veto item (the schema's enumDescriptions). */
function itemLabel(item: string): string {
  const node = fieldInfo('year', ['evidence', 0, 'item'])?.node;
  const index = node?.enum?.indexOf(item) ?? -1;
  return (index >= 0 ? node?.enumDescriptions?.[index] : undefined) ?? item;
}

/** Each declaration and each veto item is given at most once. */
export function declarationsOnce(data: CountyYearFile): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const list of ['declarations', 'vetoes'] as const) {
    const firstIndex = new Map<string, number>();
    (data[list] ?? []).forEach(({ item }, index) => {
      const first = firstIndex.get(item);
      if (first === undefined) firstIndex.set(item, index);
      else
        issues.push(
          issue('itemDeclaredTwice', [list, index, 'item'], {
            list,
            item,
            label: itemLabel(item),
            firstIndex: first,
          }),
        );
    });
  }
  return issues;
}

/**
 * Each evidence item names a declared item (a declaration or a veto of the file); a
 * declaration said to be met has some evidence (a warning: the evidence may follow later).
 */
export function evidenceOfDeclaredItems(data: CountyYearFile): DataIssue[] {
  const issues: DataIssue[] = [];
  const declared = new Set<string>([
    ...(data.declarations ?? []).map(({ item }) => item),
    ...(data.vetoes ?? []).map(({ item }) => item),
  ]);
  const vetoItems = new Set(fieldInfo('year', ['vetoes', 0, 'item'])?.node.enum ?? []);
  (data.evidence ?? []).forEach(({ item }, index) => {
    if (declared.has(item)) return;
    const list = vetoItems.has(item) ? 'vetoes' : 'declarations';
    issues.push(
      issue('evidenceItemNotDeclared', ['evidence', index, 'item'], {
        item,
        label: itemLabel(item),
        list,
        listTitle: titleOf('year', [list]),
      }),
    );
  });
  const evidenced = new Set((data.evidence ?? []).map(({ item }) => item));
  (data.declarations ?? []).forEach(({ item, met }, index) => {
    if (met && !evidenced.has(item))
      issues.push(
        issue('declarationWithoutEvidence', ['declarations', index, 'met'], { item, label: itemLabel(item) }),
      );
  });
  return issues;
}

/** The lists whose items a figure key names by identity (src/figures/keys.ts). */
const namedLists = [
  'byYear',
  'investments',
  'assessmentScores',
  'teacherRecruitment',
  'teacherExchange',
] as const;

/**
 * Each item of a facts list, and each published figure, can be told apart in a key: two items
 * named alike (the same period, or the same published key) would make a key ambiguous.
 */
export function listItemsDistinct(data: CountyYearFile): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const list of namedLists) {
    const path = `facts.${list}`;
    const items: readonly unknown[] = data.facts?.[list] ?? [];
    for (const { index, identity, first } of duplicateIdentities(path, items)) {
      const named = (items[index] as { id?: string }).id !== undefined;
      const field = named ? 'id' : identityField(path);
      issues.push(
        issue('listItemNotDistinct', ['facts', list, index, field], {
          list,
          identity,
          firstIndex: first,
          field,
        }),
      );
    }
  }
  for (const { index, identity, first } of duplicateIdentities('published', data.published ?? [])) {
    issues.push(
      issue('listItemNotDistinct', ['published', index, 'key'], {
        list: 'published',
        identity,
        firstIndex: first,
        field: 'key',
      }),
    );
  }
  return issues;
}

export function yearFileIdentity(data: CountyYearFile, place: YearFilePlace): DataIssue[] {
  const issues: DataIssue[] = [];
  if (data.county !== place.folder) {
    issues.push(
      issue('countyFolderMismatch', ['county'], { key: 'county', value: data.county, folder: place.folder }),
    );
  }
  if (data.year !== place.fileYear) {
    issues.push(issue('yearMismatch', ['year'], { year: data.year, fileYear: place.fileYear }));
  }
  return issues;
}

export function uniqueSchoolIds(schools: readonly School[]): DataIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: DataIssue[] = [];
  schools.forEach((school, index) => {
    const first = firstIndex.get(school.id);
    if (first === undefined) firstIndex.set(school.id, index);
    else
      issues.push(issue('duplicateSchoolId', ['schools', index, 'id'], { id: school.id, firstIndex: first }));
  });
  return issues;
}

/**
 * A 教学点's parent is a school of the file that is not itself a 教学点. (That a 教学点 has a
 * parent and nothing else does is the schema's rule.)
 */
export function teachingPointParents(schools: readonly School[]): DataIssue[] {
  const byId = new Map(schools.map((school) => [school.id, school]));
  const issues: DataIssue[] = [];
  schools.forEach((school, index) => {
    if (school.type !== teachingPoint || school.parent === undefined) return;
    const path: FieldPath = ['schools', index, 'parent'];
    const parent = byId.get(school.parent);
    if (!parent) {
      const candidates = schools.filter((other) => other.type !== teachingPoint).map((other) => other.id);
      const suggestion = closestMatch(school.parent, candidates);
      issues.push(
        issue(
          'parentNotFound',
          path,
          suggestion ? { parent: school.parent, suggestion } : { parent: school.parent },
        ),
      );
    } else if (parent.type === teachingPoint) {
      issues.push(issue('parentIsTeachingPoint', path, { parent: school.parent }));
    }
  });
  return issues;
}

function eachLevel(schools: readonly School[], visit: (level: Level, path: FieldPath) => void): void {
  schools.forEach((school, index) => {
    // The senior block holds students only (it serves the facility split); no teacher rules.
    for (const key of ['primary', 'junior', 'special'] as const) {
      const level = school[key];
      if (level) visit(level, ['schools', index, key]);
    }
  });
}

export function teacherSubsetsWithinTeachers(schools: readonly School[]): DataIssue[] {
  const issues: DataIssue[] = [];
  eachLevel(schools, (level, path) => {
    for (const field of teacherSubsets) {
      const value = level[field];
      if (value === undefined || value <= level.teachers) continue;
      const title = titleOf('year', ['schools', 0, 'primary', field]);
      issues.push(
        issue('teacherSubsetExceeds', [...path, field], { title, value, teachers: level.teachers }),
      );
    }
  });
  return issues;
}

export function classSizeBandsAddUp(schools: readonly School[]): DataIssue[] {
  const issues: DataIssue[] = [];
  eachLevel(schools, (level, path) => {
    const bands = level.classSizes;
    if (!bands) return;
    const sum = bands.upTo45 + bands.from46To55 + bands.from56To65 + bands.from66;
    if (sum !== level.classes)
      issues.push(issue('classSizesSum', [...path, 'classSizes'], { sum, classes: level.classes }));
  });
  return issues;
}

/** `totals` (as printed in the statistical report) against the sums over the school rows. */
export function totalsMatchSchools(data: CountyYearFile): DataIssue[] {
  const totals = data.totals;
  if (!totals) return [];
  const issues: DataIssue[] = [];
  const compare = (path: FieldPath, total: number | undefined, sum: number) => {
    if (total === undefined || total === sum) return;
    const key = String(path[path.length - 1]);
    const field = titleOf('year', path);
    const level = path.length > 2 ? String(path[1]) : undefined;
    issues.push(
      issue('totalMismatch', path, level ? { key, field, level, total, sum } : { key, field, total, sum }),
    );
  };
  const points = data.schools.filter((school) => school.type === teachingPoint).length;
  compare(['totals', 'schools'], totals.schools, data.schools.length - points);
  compare(['totals', 'teachingPoints'], totals.teachingPoints, points);
  for (const level of ['primary', 'junior', 'special'] as const) {
    const levelTotals = totals[level];
    if (!levelTotals) continue;
    for (const field of ['students', 'classes', 'teachers'] as const) {
      const sum = data.schools.reduce((acc, school) => acc + (school[level]?.[field] ?? 0), 0);
      compare(['totals', level, field], levelTotals[field], sum);
    }
  }
  return issues;
}

function titleOf(kind: 'county' | 'year' | 'standard', path: FieldPath): string {
  return fieldInfo(kind, path)?.title ?? String(path[path.length - 1] ?? '');
}

/** What the county checks need to know about the standard files. */
export interface StandardsOnDisk {
  /** Ids of all recognised standard files, valid or not. */
  ids: ReadonlySet<string>;
  /** Kind of each standard file that passed its schema. */
  kinds: ReadonlyMap<string, StandardFile['kind']>;
}

/** county.yaml's id matches its folder, and its standards exist, one of each kind at most. */
export function checkCountyFile(data: CountyFile, folder: string, standards: StandardsOnDisk): DataIssue[] {
  const issues: DataIssue[] = [];
  if (data.id !== folder) {
    issues.push(issue('countyFolderMismatch', ['id'], { key: 'id', value: data.id, folder }));
  }
  return [...issues, ...countyStandards(data, standards)];
}

/** Standards named in county.yaml exist, and at most one of each kind is named. */
export function countyStandards(data: CountyFile, standards: StandardsOnDisk): DataIssue[] {
  const issues: DataIssue[] = [];
  const available = [...standards.ids].sort();
  const firstOfKind = new Map<string, string>();
  data.standards.forEach((id, index) => {
    const path: FieldPath = ['standards', index];
    if (!standards.ids.has(id)) {
      const suggestion = closestMatch(id, available);
      issues.push(
        issue('standardNotFound', path, suggestion ? { id, suggestion, available } : { id, available }),
      );
      return;
    }
    const kind = standards.kinds.get(id);
    if (!kind) return;
    const other = firstOfKind.get(kind);
    if (other === undefined) firstOfKind.set(kind, id);
    else issues.push(issue('standardKindRepeated', path, { id, other, kind }));
  });
  return issues;
}

export function checkStandardFile(data: StandardFile, fileId: string): DataIssue[] {
  const issues: DataIssue[] = [];
  if (data.id !== fileId) issues.push(issue('standardIdMismatch', ['id'], { value: data.id, fileId }));
  return [
    ...issues,
    ...standardFieldsExist(data),
    ...schoolRuleHasThresholds(data),
    ...checkAssessment(data),
  ];
}

/** Field names a standard may refer to, read from the county-year schema. */
const dataFields = {
  facilities: propertyNamesAt('year', ['schools', 0, 'facilities']),
  level: propertyNamesAt('year', ['schools', 0, 'primary']),
};

/** Every indicator numerator and every split field names a field of the county-year data. */
export function standardFieldsExist(data: StandardFile): DataIssue[] {
  const issues: DataIssue[] = [];
  data.indicators.forEach((indicator, index) => {
    const dot = indicator.numerator.indexOf('.');
    const group = indicator.numerator.slice(0, dot);
    const field = indicator.numerator.slice(dot + 1);
    const allowed = group === 'facilities' || group === 'level' ? dataFields[group] : [];
    if (allowed.includes(field)) return;
    const nearest = closestMatch(field, allowed);
    const params = { group, field, allowed };
    issues.push(
      issue(
        'unknownDataField',
        ['indicators', index, 'numerator'],
        nearest ? { ...params, suggestion: `${group}.${nearest}` } : params,
      ),
    );
  });
  data.split?.fields.forEach((field, index) => {
    const allowed = dataFields.facilities;
    if (allowed.includes(field)) return;
    const suggestion = closestMatch(field, allowed);
    const params = { group: 'facilities', field, allowed };
    issues.push(
      issue('unknownDataField', ['split', 'fields', index], suggestion ? { ...params, suggestion } : params),
    );
  });
  return issues;
}

/** With a schoolRule, each level has thresholds on at least `minMet` indicators. */
export function schoolRuleHasThresholds(data: StandardFile): DataIssue[] {
  const rule = data.schoolRule;
  if (!rule) return [];
  const issues: DataIssue[] = [];
  for (const level of data.levels) {
    const count = data.indicators.filter((indicator) => indicator.threshold?.[level] !== undefined).length;
    if (count < rule.minMet) {
      issues.push(
        issue('schoolRuleThresholds', ['schoolRule', 'minMet'], { minMet: rule.minMet, level, count }),
      );
    }
  }
  return issues;
}
