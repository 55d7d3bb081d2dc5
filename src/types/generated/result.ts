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
 * 评估结论：met 达到（全部条件达到且无否决项）；not-met 未达到（有条件未达到或有否决项）；undetermined 尚不能判定（有条件未提供数据）。
 */
export type AssessmentVerdict = ("met" | "not-met" | "undetermined")
/**
 * 一条（或一项检查）的判定：met 达到；not-met 未达到；not-supplied 未提供数据（不算达到）。
 */
export type LineState = ("met" | "not-met" | "not-supplied")
/**
 * 数值、申报的是否，或无法计算的原因。
 */
export type AssessmentValue = (number | boolean | UndefinedValue)

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
/**
 * 逐条评估：认定条件逐条判定的结果（标准文件 assessment 一节）：优质均衡的进入条件、32 条达标线和否决项，基本均衡的四项认定条件；有上年结果时的年度监测；有创建规划时各校差距的逐年变化与预计达标年份。未提供数据的条目为 not-supplied，从不算作达到。
 */
assessment?: {
quality?: QualityAssessment
basic?: BasicAssessment
monitoring?: Monitoring
plan?: PlanProgress
}
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
/**
 * 优质均衡逐条评估。
 */
export interface QualityAssessment {
/**
 * 标准标识。
 */
standard: string
verdict: AssessmentVerdict
counts: LineCounts
/**
 * 进入条件。
 */
entry: LineResult[]
/**
 * 达标线。
 */
lines: LineResult[]
/**
 * 否决项。
 */
vetoes: VetoResult[]
/**
 * 参与判定的地方调整：标准文件中启用的调整，县所列地方调整文件（data/standards/local/）的改定和启用的放宽。
 */
adjustments: AppliedAdjustment[]
}
export interface LineCounts {
/**
 * 达到的条数。
 */
met: number
/**
 * 未达到的条数。
 */
notMet: number
/**
 * 未提供数据的条数。
 */
notSupplied: number
/**
 * 总条数。
 */
total: number
}
export interface LineResult {
/**
 * 条目标识，例如 G5。
 */
id: string
/**
 * 所属方面：resources 资源配置；government 政府保障程度；quality 教育质量；recognition 社会认可度及进入条件。
 */
part: ("resources" | "government" | "quality" | "recognition")
/**
 * 在所属方面中的序号。
 */
number: number
/**
 * 条目名称。
 */
name: string
/**
 * 判定标准的中文表述。
 */
standard: string
/**
 * 数据类别：S 逐校；C 班额；N 县级数字；Y 申报；X 外部结果。
 */
kinds: ("S" | "C" | "N" | "Y" | "X")[]
/**
 * 条文是否待核实。
 */
unconfirmed: boolean
state: LineState
value?: AssessmentValue
/**
 * 标准值（只有一项检查时）。
 */
threshold?: number
/**
 * 单位（只有一项检查时）。
 */
unit?: string
/**
 * 各项检查的结果。
 */
checks: CheckResult[]
/**
 * 申报事项的佐证材料。
 */
evidence?: EvidenceRef[]
/**
 * 未达到本条的学校（学段）及其差距。
 */
schools?: SchoolShortfall[]
/**
 * 未提供时需要填写的数据。
 */
missing?: MissingData[]
}
export interface CheckResult {
/**
 * 检查名称（取自标准文件）。
 */
label: string
state: LineState
/**
 * 学段（按学段判定的检查）。
 */
level?: ("primary" | "junior")
value?: AssessmentValue
/**
 * 标准值或限值。
 */
threshold?: number
/**
 * 比较方式：min 不低于（等于即达到）；max 不高于（等于即达到）；below 低于（等于不算）。
 */
op?: ("min" | "max" | "below")
/**
 * 单位。
 */
unit?: string
}
export interface EvidenceRef {
/**
 * 佐证材料名称。
 */
title: string
/**
 * 文号。
 */
number?: string
/**
 * 日期，YYYY-MM-DD 或 YYYY-MM。
 */
date?: string
/**
 * 链接（https）。
 */
link?: string
}
export interface SchoolShortfall {
/**
 * 学校标识。
 */
id: string
/**
 * 学校名称。
 */
name: string
/**
 * 学段（按学段判定时）。
 */
level?: ("primary" | "junior")
/**
 * 资源配置指标标识（R 条）。
 */
indicator?: string
/**
 * 所测的数据字段，例如 musicRooms、musicRoomMinArea、largestClass。
 */
field?: string
value: Measure
/**
 * 本校应达到的值（下限或上限）。
 */
threshold: number
/**
 * 差距，按实物单位计（间、人、㎡、元、个班）；已达到为 0。
 */
shortfall: number
/**
 * 差距的单位。
 */
unit: string
}
export interface MissingData {
/**
 * 要填写的数据位置，例如 declarations[layoutPlan]、numbers.teacherPay.civilServants、schools[*].facilities.musicRooms。
 */
path: string
/**
 * 缺少数据的检查名称（取自标准文件）。
 */
label: string
}
export interface VetoResult {
/**
 * 否决项标识，例如 V1。
 */
id: string
/**
 * 否决项名称。
 */
name: string
/**
 * 申报事项。
 */
declaration: string
/**
 * absent 未出现；present 出现（不予认定）；not-supplied 未申报。
 */
state: ("absent" | "present" | "not-supplied")
/**
 * 是否为部分地方的可选项。
 */
optional: boolean
/**
 * 是否参与判定。
 */
enabled: boolean
/**
 * 条文是否待核实。
 */
unconfirmed: boolean
/**
 * 佐证材料。
 */
evidence?: EvidenceRef[]
}
/**
 * 一项参与判定的地方调整。
 */
export interface AppliedAdjustment {
/**
 * 调整标识。
 */
id: string
/**
 * 调整名称。
 */
name: string
/**
 * override：地方文件的改定（一律适用）；relaxation：地方文件中启用的放宽；standard：标准文件自身启用的调整。
 */
kind?: ("override" | "relaxation" | "standard")
/**
 * 调整所在文件的标识（地方调整文件或标准）。
 */
source?: string
/**
 * 调整所在文件的名称。
 */
sourceName?: string
/**
 * 调整所在文件的文件依据（发文字号）。
 */
document?: string
/**
 * 为 true 时调整为示例，并非正式文件。
 */
illustrative?: boolean
/**
 * 被调整的条目标识，例如 G4。
 */
line?: string
/**
 * 改动的检查参数：路径、原值和新值。
 */
changes?: {
/**
 * 检查参数路径，例如 checks.0.limits.九年一贯制。
 */
path: string
/**
 * 原值（标准文件中的值）。
 */
from?: (number | string | boolean)
/**
 * 新值。
 */
to: (number | string | boolean)
}[]
}
/**
 * 基本均衡认定条件。
 */
export interface BasicAssessment {
/**
 * 参与判定的地方调整（只在有调整时出现）。
 */
adjustments?: AppliedAdjustment[]
/**
 * 标准标识。
 */
standard: string
verdict: AssessmentVerdict
counts: LineCounts
/**
 * 各项认定条件。
 */
conditions: LineResult[]
}
/**
 * 年度监测：本年与上年比较。
 */
export interface Monitoring {
/**
 * 比较的上一年度。
 */
previousYear: number
/**
 * 是否有学段的综合差异系数由不超过限值变为超过限值。
 */
slipped: boolean
/**
 * 各学段综合差异系数。
 */
composites: {
/**
 * 学段。
 */
level: ("primary" | "junior")
value: Measure
previous: Measure
/**
 * 本年减上年；任一年无法计算时为 null。
 */
change: (number | null)
/**
 * 限值。
 */
limit: number
/**
 * 本年是否不超过限值（等于即不超过）。
 */
within: boolean
/**
 * 上年不超过限值、本年超过。
 */
slipped: boolean
}[]
/**
 * 各学段各指标的差异系数。
 */
coefficients: {
/**
 * 学段。
 */
level: ("primary" | "junior")
/**
 * 指标标识。
 */
indicator: string
/**
 * 指标名称。
 */
name: string
value: Measure
previous: Measure
/**
 * 本年减上年；任一年无法计算时为 null。
 */
change: (number | null)
}[]
/**
 * 最大班额超过上限的学校（学段）。
 */
largeClasses: {
/**
 * 学校标识。
 */
school: string
/**
 * 学校名称。
 */
name: string
/**
 * 学段。
 */
level: ("primary" | "junior")
/**
 * 最大班额（人）。
 */
largestClass: number
/**
 * 班额上限（人）。
 */
limit: number
/**
 * 上年不在名单上。
 */
isNew: boolean
}[]
/**
 * 义务教育段在校生超过上限的学校。
 */
largeSchools: {
/**
 * 学校标识。
 */
school: string
/**
 * 学校名称。
 */
name: string
/**
 * 义务教育段在校生数（人）。
 */
students: number
/**
 * 上限（人）。
 */
limit: number
/**
 * 上年不在名单上。
 */
isNew: boolean
}[]
}
/**
 * 创建规划进度：本年未达到的各校各条差距的逐年变化，按最近不超过 3 年的差距作最小二乘直线，推算差距归零的年份。
 */
export interface PlanProgress {
/**
 * 规划目标年份（county.yaml plan.targetYear）。
 */
targetYear: number
/**
 * 有结果的年份。
 */
years: number[]
/**
 * 推算方法代码：least-squares-3 为最近不超过 3 年差距的最小二乘直线。
 */
method: string
/**
 * 本年有未达到条目的学校。
 */
schools: {
/**
 * 学校标识。
 */
id: string
/**
 * 学校名称。
 */
name: string
lines: {
/**
 * 条目标识，例如 R4、G3。
 */
line: string
/**
 * 资源配置指标标识（R 条）。
 */
indicator?: string
/**
 * 学段。
 */
level?: ("primary" | "junior")
/**
 * 所测字段（同一条有多项时区分）。
 */
field?: string
/**
 * 条目或指标名称（取自标准文件）。
 */
name: string
/**
 * 差距单位。
 */
unit: string
/**
 * 逐年差距（实物单位；达到为 0）。
 */
shortfalls: {
/**
 * 年份。
 */
year: number
/**
 * 差距。
 */
shortfall: number
}[]
/**
 * 差距每年的变化（负数为缩小）；不足两年为 null。
 */
pace: (number | null)
/**
 * 按目前进度差距归零的年份；无法推算为 null。
 */
projectedYear: (number | null)
/**
 * 预计能否在目标年份前（含）达到；无法推算为 null。
 */
meetsTarget: (boolean | null)
/**
 * 无法推算的原因：one-year 只有一年数据；not-shrinking 差距没有缩小。
 */
reason?: ("one-year" | "not-shrinking")
}[]
}[]
}
