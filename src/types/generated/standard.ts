/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

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
