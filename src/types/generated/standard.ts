/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

/**
 * 一项检查。kind 决定其余参数。
 */
export type Check = ({
/**
 * 检查方式：县级申报：申报达到（met 为 true）即达到。
 */
kind: "declaration"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
/**
 * 申报事项：年度数据 declarations 中的事项。
 */
declaration: ("layoutPlan" | "unifiedStandards" | "performancePay" | "postsAllocation" | "quotaTilted" | "leftBehindCare" | "charterAndIT" | "itTeaching" | "moralEducation" | "fullCurriculum" | "homeworkBurden" | "monitoringGood")
} | {
/**
 * 检查方式：数值与标准值比较：min 不低于、max 不高于、below 低于（不含等于）。
 */
kind: "number"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
/**
 * 数值：一个来源，或按顺序的多个来源（取第一个已填写的）。
 */
value: (Source | [Source, ...(Source)[]])
/**
 * 不低于：数值等于或高于此数为达到。
 */
min?: number
/**
 * 不高于：数值等于或低于此数为达到。
 */
max?: number
/**
 * 低于：数值低于此数为达到（等于不算）。
 */
below?: number
/**
 * 单位：例如 %、元、分；无单位写空字符串。
 */
unit: string
} | {
/**
 * 检查方式：基本均衡认定已满的年数：本年度减去认定年份（county.yaml 的 basicRecognized）。
 */
kind: "heldYears"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
/**
 * 至少年数：例如 3。
 */
min: number
} | {
/**
 * 检查方式：逐校判定：每所纳入范围的学校都达到才算达到，并给出各校差距（实物单位）。
 */
kind: "schools"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
/**
 * 逐校测量：share 比例；schoolSize 学校规模；classSize 班额；specialRooms 音乐、美术专用教室；smallSchoolFunding 小规模学校公用经费。
 */
measure: ("share" | "schoolSize" | "classSize" | "specialRooms" | "smallSchoolFunding")
/**
 * 分子字段：share：level.<字段>（各学段）、funds.<字段> 或 facilities.<字段>（全校）。
 */
numerator?: string
/**
 * 分母字段：share：与分子同一位置的字段，例如 level.teachers。
 */
denominator?: string
/**
 * 倍数：share：比值乘以此数，百分比为 100。
 */
factor?: number
/**
 * 不低于：share：每校不低于此数（单位同 unit）。
 */
min?: number
/**
 * 差距单位：share：差距按分子的实物单位计，例如 人、元。
 */
shortfallUnit?: string
/**
 * 单位：测量值的单位，例如 %、人。
 */
unit?: string
/**
 * 上限：schoolSize：按学校类型的义务教育段在校生上限（人），未列出的类型不判定；classSize：各学段每班人数上限（人）。
 */
limits?: {
[k: string]: number | undefined
}
/**
 * 每多少个班：specialRooms：每这么多个班至少一间（例如 12），取整方式见 settings.roomRounding，每校至少 1 间。
 */
perClasses?: number
/**
 * 专用教室：specialRooms：每类教室的间数字段、最小一间面积字段和面积下限（㎡）。
 * 
 * @minItems 1
 */
rooms?: [{
/**
 * 间数字段：facilities 下的字段，例如 musicRooms。
 */
field: string
/**
 * 最小面积字段：facilities 下的字段，例如 musicRoomMinArea。
 */
minAreaField: string
/**
 * 面积下限：每间不小于此面积（㎡）。
 */
minArea: number
}, ...({
/**
 * 间数字段：facilities 下的字段，例如 musicRooms。
 */
field: string
/**
 * 最小面积字段：facilities 下的字段，例如 musicRoomMinArea。
 */
minAreaField: string
/**
 * 面积下限：每间不小于此面积（㎡）。
 */
minArea: number
})[]]
/**
 * 城乡分类：smallSchoolFunding：适用的学校所在地，例如 [乡村]；教学点不论所在地都适用。
 */
locations?: ("城区" | "镇区" | "乡村")[]
/**
 * 学生数少于：smallSchoolFunding：义务教育段在校生少于此数的学校适用（人）。
 */
studentsBelow?: number
/**
 * 按多少人拨付：smallSchoolFunding：按此学生数乘以本县生均公用经费标准（facts.publicFundsPerStudent）核算应拨经费（人）。
 */
fundedAs?: number
/**
 * 不判定的学校类型：例如 教学点。
 */
excludeTypes?: ("小学" | "初级中学" | "九年一贯制" | "完全中学" | "十二年一贯制" | "教学点" | "特殊教育学校")[]
/**
 * 面积单位：specialRooms：教室面积的单位，例如 ㎡。
 */
areaUnit?: string
/**
 * 班级单位：classSize：只填了班额分段时，以超过上限的班级数计差距，其单位，例如 个班。
 */
classesUnit?: string
/**
 * 教学点不论人数：为 true 时，测算范围中人数不足而不纳入差异系数的教学点也逐校判定（例如小规模学校公用经费）。
 */
allTeachingPoints?: boolean
} | {
/**
 * 检查方式：国家义务教育质量监测：最近一次监测每个学科的等级都不低于 minLevel，校际差异率都低于 differenceBelow。
 */
kind: "monitoring"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
/**
 * 差异率检查名称：校际差异率这一项检查的名称。
 */
differenceLabel: string
/**
 * 最低等级：1–4 对应 Ⅰ–Ⅳ 级，例如 3 即Ⅲ级及以上。
 */
minLevel: number
/**
 * 差异率低于：校际差异率须低于此数（等于不算），例如 0.15。
 */
differenceBelow: number
} | {
/**
 * 检查方式：资源配置指标：各学段差异系数不超过限值，且没有纳入范围的学校因本项未达标而未达到学校达标规则。
 */
kind: "resources"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
/**
 * 学校检查名称：“没有学校因本项未达到学校达标规则”这一项检查的名称。
 */
schoolsLabel: string
/**
 * 指标标识：本标准 indicators 中的指标，例如 teaching_area_per_student。
 */
indicator: string
} | {
/**
 * 检查方式：每所学校（学段）都达到本县所用省定办学基本标准的学校达标规则。
 */
kind: "provincialGate"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
} | {
/**
 * 检查方式：各学段综合差异系数不超过本标准的限值。
 */
kind: "composite"
/**
 * 检查名称：页面上这一项检查的名称，例如 教师年平均工资与公务员年平均工资之比。
 */
label: string
})
/**
 * 数值来源：path 为年度数据中的字段路径（可写 facts.byYear[latest].retentionRate.junior 取最近一学年）；ratio 为两个字段之比（乘以 factor）；derived 为由数据推算的数值（juniorCohortRetention：初中三年巩固率）。
 */
export type Source = ({
/**
 * 字段路径：例如 facts.satisfaction。
 */
path: string
} | {
/**
 * 比值：[分子路径, 分母路径]。
 * 
 * @minItems 2
 * @maxItems 2
 */
ratio: [string, string]
/**
 * 倍数：比值乘以此数，例如百分比为 100。
 */
factor?: number
} | {
/**
 * 推算值：juniorCohortRetention：初中三年巩固率（%），按 numbers.juniorCohort 中注明的公式计算。
 */
derived: "juniorCohortRetention"
})

/**
 * 一个标准一个文件：data/standards/<标识>.yaml。指标、各学段标准值、差异系数限值与判定方式、测算范围、设施分摊和达标规则都写在这里，代码中不写死任何标准。
 */
export interface StandardFile {
/**
 * 标准标识：例如 basic-2012；应与文件名相同，由 npm run check 核对。
 */
id: string
/**
 * 标准类别：basic：基本均衡；quality：优质均衡；provincial：省定办学基本标准。
 */
kind: ("basic" | "quality" | "provincial")
/**
 * 标准名称：标准的中文名称。
 */
name: string
/**
 * 文件依据：发文字号或文件名称，例如 教督〔2012〕3号。
 */
document: string
/**
 * 示例标准：为 true 时表示标准值为示例，并非正式文件原文，页面上会注明。
 */
illustrative?: boolean
/**
 * 说明：取值依据、未经核实之处等。
 */
notes?: string
/**
 * 适用学段：primary（小学）和/或 junior（初中）；各学段分别测算，不合并。
 * 
 * @minItems 1
 */
levels: [("primary" | "junior"), ...(("primary" | "junior"))[]]
/**
 * 测算范围：哪些学校（学段）纳入测算。
 */
scope: {
/**
 * 办学性质：纳入的办学性质，通常只含公办。
 * 
 * @minItems 1
 */
ownership: [("公办" | "民办"), ...(("公办" | "民办"))[]]
/**
 * 仅县属学校：为 true 时不含市属、省属等非县属学校。
 */
countyRunOnly: boolean
/**
 * 不纳入的学校类型：例如 特殊教育学校。
 */
excludeTypes: ("小学" | "初级中学" | "九年一贯制" | "完全中学" | "十二年一贯制" | "教学点" | "特殊教育学校")[]
/**
 * 教学点：教学点是否纳入；纳入时可规定最少学生数（不足者不纳入）。
 */
teachingPoints: {
/**
 * 纳入：是否纳入教学点。
 */
include: boolean
/**
 * 最少学生数：学生数少于此数的教学点不纳入（人）。
 */
minStudents?: number
}
}
/**
 * 设施分摊：一贯制、完全中学的设施按学段加权在校生数分摊。
 */
split?: {
/**
 * 学段权重：每名学生的折算权重，例如 小学 1、初中 1.1、高中 1.32。
 */
weights: {
/**
 * 小学：小学生权重。
 */
primary: number
/**
 * 初中：初中生权重。
 */
junior: number
/**
 * 高中：高中生权重。
 */
senior: number
}
/**
 * 分摊的设施：facilities 下需要分摊的字段名，例如 teachingArea、books；须是年度数据 facilities 下有的字段，由 npm run check 核对。
 */
fields: string[]
}
/**
 * 指标：本标准的指标，顺序即表格中的顺序。
 * 
 * @minItems 1
 */
indicators: [Indicator, ...(Indicator)[]]
/**
 * 差异系数：校际差异系数的限值与判定方式。
 */
coefficient?: {
/**
 * 判定方式：composite：各指标差异系数的平均数（综合差异系数）不超过限值；each：每项指标的差异系数都不超过限值。
 */
test: ("composite" | "each")
limits: PerLevel
/**
 * 比较前保留小数位：不填则以未舍入的数值与限值比较。
 */
decimals?: number
}
/**
 * 学校达标规则：每所学校（学段）至少达到 minMet 项标准，其余各项不低于标准值的 floorShare。每个学段填写了标准值的指标不能少于 minMet 项，由 npm run check 核对。
 */
schoolRule?: {
/**
 * 至少达标项数：例如 7 项中至少 6 项。
 */
minMet: number
/**
 * 未达标项下限：未达标的指标不得低于标准值的这一比例，例如 0.85。
 */
floorShare: number
}
/**
 * 评估条件：资源配置指标以外、认定时逐条判定的条件（优质均衡：进入条件、32 条达标线、否决项；基本均衡：四项认定条件和年度监测）。每一条的标准值都写在这里，代码中不写死；数据未填写的条目为“未提供”，不算达到。
 */
assessment?: {
/**
 * 判定设置：条文未明确、各地做法不一的取舍。
 */
settings?: {
/**
 * 专用教室取整方式：音乐、美术专用教室数按 班级数 ÷ 12 计算时的取整：up 向上取整（默认），nearest 四舍五入，down 向下取整；每校至少 1 间。
 */
roomRounding?: ("up" | "nearest" | "down")
/**
 * 未经核实的设置：条文待核实的设置或范围，例如 roomRounding、scope.ownership、scope.teachingPoints。
 */
unconfirmed?: string[]
}
/**
 * 进入条件：申请优质均衡评估的前提条件（仅优质均衡）。
 */
entry?: Line[]
/**
 * 达标线：逐条判定的条件：优质均衡为资源配置 R1–R7、政府保障程度 G1–G15、教育质量 Q1–Q9、社会认可度 S1；基本均衡为 B1–B4。
 */
lines?: Line[]
/**
 * 否决项：出现任一项即不予认定，无论其他条件如何。
 */
vetoes?: Veto[]
/**
 * 年度监测：基本均衡认定后的年度复核：差异系数与上年比较，大班额和超规模学校列入关注名单（仅基本均衡）。
 */
monitoring?: {
/**
 * 班额上限：各学段班额上限（人），最大班额超过即列入关注名单。
 */
classLimits: {
/**
 * 小学：小学的数值。
 */
primary?: number
/**
 * 初中：初中的数值。
 */
junior?: number
}
/**
 * 学校规模上限：按学校类型的义务教育段在校生上限（人），超过即列入关注名单。
 */
schoolLimits: {
/**
 * 小学：小学的在校生上限（人）。
 */
"小学"?: number
/**
 * 初级中学：初级中学的在校生上限（人）。
 */
"初级中学"?: number
/**
 * 九年一贯制：九年一贯制的在校生上限（人）。
 */
"九年一贯制"?: number
/**
 * 完全中学：完全中学的在校生上限（人）。
 */
"完全中学"?: number
/**
 * 十二年一贯制：十二年一贯制的在校生上限（人）。
 */
"十二年一贯制"?: number
}
}
/**
 * 地方调整：标准文件自身所附的放宽或收紧，默认不启用（enabled 为 false）；启用的调整在结果中列出。省、市文件的改定和放宽另写在 data/standards/local/<标识>.yaml（见 local-standard.schema.json）。
 */
adjustments?: Adjustment[]
}
}
export interface Indicator {
/**
 * 指标标识：英文小写加下划线，例如 books_per_student。
 */
id: string
/**
 * 指标名称：例如 生均图书册数。
 */
name: string
/**
 * 单位：指标值的单位，例如 册、㎡、元、台。
 */
unit: string
/**
 * 差距单位：计算学校差距时分子的实物单位（如 人、㎡、元、间）；不填时与指标单位相同。
 */
shortfallUnit?: string
/**
 * 分子字段：facilities.<字段>（全校设施）或 level.<字段>（本学段，例如 level.teachers）；字段须是年度数据中有的字段，由 npm run check 核对。
 */
numerator: string
/**
 * 分母：students：按本学段在校生数（默认）；teachers：按本学段专任教师数；none：不除，直接比较数量（如实验室间数）。
 */
denominator?: ("students" | "teachers" | "none")
/**
 * 倍数：每名学生为 1，每百名学生为 100。
 */
factor: number
threshold?: PerLevel
}
export interface PerLevel {
/**
 * 小学：小学的数值。
 */
primary?: number
/**
 * 初中：初中的数值。
 */
junior?: number
}
export interface Line {
/**
 * 条目标识：例如 R1、G3、Q9、S1、E1、B2。
 */
id: string
/**
 * 所属方面：resources 资源配置；government 政府保障程度；quality 教育质量；recognition 社会认可度（含进入条件和基本均衡认定条件）。
 */
part: ("resources" | "government" | "quality" | "recognition")
/**
 * 序号：在所属方面中的序号。
 */
number: number
/**
 * 条目名称：简短名称，例如 班额。
 */
name: string
/**
 * 标准：判定标准的中文表述，例如 小学每班不超过 45 人、初中每班不超过 50 人。
 */
standard: string
/**
 * 数据类别：S 逐校数据；C 班额数据；N 县级数字；Y 县级申报（附佐证材料）；X 外部结果（国家监测、调查）。
 * 
 * @minItems 1
 */
kinds: [("S" | "C" | "N" | "Y" | "X"), ...(("S" | "C" | "N" | "Y" | "X"))[]]
/**
 * 条文待核实：为 true 时条文措辞或编号未经核实，页面注明“条文待核实”。
 */
unconfirmed?: boolean
/**
 * 检查：每项检查都达到时本条达到；任一项未达到即未达到；否则为未提供。
 * 
 * @minItems 1
 */
checks: [Check, ...(Check)[]]
}
export interface Veto {
/**
 * 否决项标识：例如 V1。
 */
id: string
/**
 * 否决项名称：例如 以考试方式招生。
 */
name: string
/**
 * 申报事项：年度数据 vetoes 中的事项。
 */
declaration: ("examAdmission" | "illegalChoice" | "keySchools" | "unfilledPosts" | "majorIncident" | "falsification" | "offCampusTutoring")
/**
 * 可选：为 true 时只是部分地方的做法，不是全国条文。
 */
optional?: boolean
/**
 * 启用：为 false 时不参与判定（可选项默认不启用）；不填为启用。
 */
enabled?: boolean
/**
 * 条文待核实：为 true 时条文未经核实。
 */
unconfirmed?: boolean
}
export interface Adjustment {
/**
 * 调整标识：例如 older-rooms。
 */
id: string
/**
 * 调整名称：例如 2010 年前建成的学校音乐教室面积放宽。
 */
name: string
/**
 * 达标线：被调整的条目标识，例如 G3。
 */
line: string
/**
 * 改为：检查参数路径（checks.<序号>.<参数>，例如 checks.0.limits.九年一贯制）到新值。
 */
set: {
[k: string]: number | string | boolean | undefined
}
/**
 * 启用：默认 false；只有启用的调整才参与判定。
 */
enabled: boolean
/**
 * 示例：为 true 时为示例，并非正式文件。
 */
illustrative?: boolean
}
