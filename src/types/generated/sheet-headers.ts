/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

export type Spellings = string[]

/**
 * 文件：data/sheet-headers.yaml。导入 Excel 或 CSV（npm run import）时，工作表名称、表头和选项取值的其他写法。模板（npm run template）中的写法总能识别，不必登记。
 */
export interface SheetHeadersFile {
/**
 * 工作表名称：各表工作表名称的其他写法。
 */
sheets?: {
schools?: Spellings
county?: Spellings
byYear?: Spellings
investments?: Spellings
assessmentScores?: Spellings
teacherRecruitment?: Spellings
teacherExchange?: Spellings
published?: Spellings
declarations?: Spellings
vetoes?: Spellings
evidence?: Spellings
qualityMonitoring?: Spellings
governmentScoreItems?: Spellings
}
/**
 * 分组表头：分组（多行表头中上面一行，或写在列名前面的部分，例如“小学”“办学条件”）的其他写法。键为分组的字段名，例如 primary、junior、facilities、classSizes。
 */
groups?: {
[k: string]: Spellings | undefined
}
/**
 * 列名：列名的其他写法。先按表分，再以字段名为键，例如 schools 下的 students（各学段通用）。
 */
fields?: {
schools?: FieldSpellings
county?: FieldSpellings
byYear?: FieldSpellings
investments?: FieldSpellings
assessmentScores?: FieldSpellings
teacherRecruitment?: FieldSpellings
teacherExchange?: FieldSpellings
published?: FieldSpellings
declarations?: FieldSpellings
vetoes?: FieldSpellings
evidence?: FieldSpellings
qualityMonitoring?: FieldSpellings
governmentScoreItems?: FieldSpellings
}
/**
 * 选项取值：选项取值的其他写法。键为字段名（type、ownership、location），其下以规定的写法为键，例如 type 下的 小学: [完全小学]。
 */
values?: {
[k: string]: {
[k: string]: Spellings | undefined
} | undefined
}
ignore?: Spellings
}
export interface FieldSpellings {
[k: string]: Spellings | undefined
}
