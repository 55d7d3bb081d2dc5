/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

/**
 * 一个数值，或无法计算的原因。
 */
export type Measure = (number | UndefinedValue)
/**
 * 一所学校（学段）一项指标与标准值比较的结果：met 达到标准值；floor 未达到，但不低于标准值的 floorShare（学校达标规则允许一项在此范围内，仅当规则的 floorShare 小于 1 时出现，例如优质均衡的 85%）；below 低于标准值（有下限时为低于下限）；missing 缺少数据或无法计算。等于标准值或下限即达到：与之相差不到其十亿分之一的数值视为相等（浮点运算误差），见网站“测算方法”页。
 */
export type Standing = ("met" | "floor" | "below" | "missing")

/**
 * `npm run compute -- <县> <年份>` 输出、网站以开放数据发布的一个县一个年度的全部测算结果。比例均为小数（0.9824 即 98.24%）；无法计算的数值写作 {"reason": …}，不会出现 NaN 或无穷大。
 */
export interface ComputeResult {
/**
 * 县标识：例如 tongdao。
 */
county: string
/**
 * 县名称：例如 通道侗族自治县。
 */
countyName: string
/**
 * 年份：数据所属年份。
 */
year: number
/**
 * 示例数据：逐校数据是否为示例数据。
 */
illustrative: boolean
/**
 * 所用标准：按类别列出本次测算所用的标准。
 */
standards: {
basic?: StandardRef
quality?: StandardRef
provincial?: StandardRef
}
/**
 * 县级合计：全部学校（含民办、教学点、特殊教育学校）的合计。
 */
totals: {
/**
 * 学校和教学点总数：全部学校加教学点（个）。
 */
all: number
/**
 * 学校数：不含教学点（所）。
 */
schools: number
/**
 * 教学点数：教学点（个）。
 */
teachingPoints: number
/**
 * 分类型学校数：按学校类型计数。
 */
byType: {
[k: string]: number | undefined
}
/**
 * 在校生数：各学段（含特殊教育，不含高中段）合计（人）。
 */
students: number
/**
 * 专任教师数：各学段（含特殊教育，不含高中段）合计（人）。
 */
teachers: number
/**
 * 特殊教育：特殊教育学校的在校生数和专任教师数（人）。
 */
special: {
students: number
teachers: number
}
/**
 * 办学条件合计：全部学校 facilities 各字段之和（单位同数据文件）；有学校未填的字段不列出。
 */
facilities: {
[k: string]: number | undefined
}
}
/**
 * 分学段结果：小学、初中分别测算。
 */
levels: {
primary: LevelResult
junior: LevelResult
}
/**
 * 逐校结果：每所学校各学段的指标值、达标情况和与标准的差距。
 */
schools: SchoolResult[]
/**
 * 县级事实数据：按数据文件原样转出。
 */
facts: {

}
/**
 * 已公开数字核对：数据文件中每个已公开数字与测算值的比较。
 */
published: PublishedCheck[]
}
export interface StandardRef {
id: string
name: string
document: string
illustrative: boolean
}
export interface LevelResult {
/**
 * 有本学段的学校数：含教学点（所）。
 */
schools: number
/**
 * 在校生数：人。
 */
students: number
/**
 * 分城乡在校生数：按学校所在城区、镇区、乡村统计（人）。
 */
studentsByLocation: {
"城区": number
"镇区": number
"乡村": number
}
/**
 * 班级数：个。
 */
classes: number
/**
 * 专任教师数：人。
 */
teachers: number
averageClassSize: Measure
studentsPerTeacher: Measure
aboveDegreeShare: Measure
seniorTitleShare: Measure
classSizeBands?: ClassSizeBands
/**
 * 最大班额：各校填报的最大班额中的最大值（人）。
 */
largestClass?: number
basic?: StandardResult
quality?: StandardResult
provincial?: StandardResult
}
export interface UndefinedValue {
/**
 * 无法计算的原因：no-students 无学生、no-teachers 无教师、no-classes 无班级、zero-mean 平均值为 0、no-units 没有纳入测算的学校、missing-data 缺少数据。
 */
reason: ("no-students" | "no-teachers" | "no-classes" | "zero-mean" | "no-units" | "missing-data")
}
export interface ClassSizeBands {
upTo45: number
from46To55: number
from56To65: number
from66: number
/**
 * 填报了班额分段的学校的班级数合计。
 */
classesReported: number
}
export interface StandardResult {
/**
 * 标准标识。
 */
standard: string
/**
 * 纳入测算的学校（学段）数。
 */
units: number
indicators: {
[k: string]: IndicatorResult | undefined
}
compositeCv?: Measure
/**
 * 差异系数限值。
 */
limit?: number
/**
 * 达到学校达标规则的学校（学段）数。
 */
schoolsMeeting?: number
/**
 * 本学段所用的差异系数判定方式（取自标准文件，标准对本学段设有限值时才有）：composite 以综合差异系数（各项差异系数的平均数）与限值比较；each 每项指标的差异系数分别与限值比较，结果见各指标的 pass。
 */
coefficientTest?: ("composite" | "each")
/**
 * 综合差异系数判定（coefficientTest 为 composite）时，综合差异系数是否不高于限值（等于限值即达到，相差不到限值十亿分之一视为相等；无法计算为未达到）。
 */
compositePass?: boolean
/**
 * 学校达标规则（取自标准文件）：每所学校（学段）至少 minMet 项达到标准值，其余各项不低于标准值的 floorShare。各校每项的达标情况见逐校结果的 standings。
 */
schoolRule?: {
/**
 * 至少达到标准值的指标数，例如 7 项中 6 项。
 */
minMet: number
/**
 * 未达到标准值的指标不得低于标准值的这一比例（小数，0.85 即 85%；为 1 时不容许任何一项低于标准值）。
 */
floorShare: number
}
/**
 * 本学段是否达到本标准（基本均衡：综合差异系数；优质均衡：逐项差异系数且全部学校达标；省定标准：全部学校达标）。
 */
pass: boolean
}
export interface IndicatorResult {
value: Measure
cv?: Measure
/**
 * 逐项判定时的差异系数限值。
 */
limit?: number
/**
 * 逐项判定时本项是否达到。
 */
pass?: boolean
/**
 * 每校应达到的标准值。
 */
threshold?: number
/**
 * 本项达到标准值的学校（学段）数。
 */
schoolsMeeting?: number
}
export interface SchoolResult {
id: string
name: string
type: string
ownership: string
location: string
parent?: string
levels: {
primary?: UnitResult
junior?: UnitResult
}
}
export interface UnitResult {
students: number
/**
 * 所用各标准的指标值（同一标识的指标定义相同）。
 */
indicators: {
[k: string]: Measure | undefined
}
basic?: UnitStatus
quality?: UnitStatus
provincial?: UnitStatus
}
export interface UnitStatus {
/**
 * 是否纳入该标准的测算。
 */
inScope: boolean
/**
 * 达到标准值的指标数。
 */
met?: number
/**
 * 有标准值的指标数。
 */
of?: number
/**
 * 是否达到学校达标规则。
 */
pass?: boolean
/**
 * 每项指标与标准值的差距，按实物单位计。
 */
shortfalls?: {
[k: string]: Shortfall | undefined
}
/**
 * 每项有标准值的指标的达标情况，按指标标识，例如 {"teaching_area_per_student": "met"}。
 */
standings?: {
[k: string]: Standing | undefined
}
}
export interface Shortfall {
value: Measure
/**
 * 标准值。
 */
standard: number
/**
 * 还差多少（实物单位；人数、间数、台数向上取整；已达到为 0）。
 */
short: number
/**
 * 差距的单位，例如 ㎡、元、人、间。
 */
unit: string
}
export interface PublishedCheck {
key: string
/**
 * 印发数值。
 */
published: number
computed: Measure
/**
 * 测算值减印发数值；无法比较时为 null。
 */
difference: (number | null)
/**
 * 差异是否在印发精度（末位半个单位）以内。
 */
withinRounding: boolean
unit: string
source: string
}
