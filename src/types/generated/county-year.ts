/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

/**
 * 人数、班数、间数、台数、册数等：不超过一百万（再大就是填错了数位）。
 */
export type Count = number
/**
 * 面积、金额等：不超过一万亿（再大就是填错了数位或单位）。
 */
export type Amount = number
export type Percent = number
/**
 * 标识：这一项在报告正文和版本比较中的名字，例如 基本建设，写在方括号里引用：facts.investments[基本建设].amount。不填时按年份（时期、学年、评估项目）引用；同一列表中有两项年份相同时，这几项都要填写标识，且各不相同。不能含点、方括号和空格。
 */
export type ItemId = string
export type Rate = number
/**
 * 申报事项：申报声明的事项：layoutPlan（学校规划布局合理）、unifiedStandards（城乡学校建设、编制、公用经费基准定额、装备配置标准统一）、performancePay（教师绩效工资核定）、postsAllocation（县域内教职工编制、岗位统筹调配）、quotaTilted（优质高中招生名额分配向农村学校倾斜）、leftBehindCare（建立留守儿童关爱体系）、charterAndIT（学校章程与管理、教学信息化）、itTeaching（信息化教学应用）、moralEducation（德育和校园文化建设良好）、fullCurriculum（课程开齐开足）、homeworkBurden（课业负担合理）、monitoringGood（基本均衡年度监测保持良好）。模板的下拉列表显示中文名称。
 */
export type DeclarationItem = ("layoutPlan" | "unifiedStandards" | "performancePay" | "postsAllocation" | "quotaTilted" | "leftBehindCare" | "charterAndIT" | "itTeaching" | "moralEducation" | "fullCurriculum" | "homeworkBurden" | "monitoringGood")
/**
 * 否决事项：不予认定的否决事项：examAdmission（以考试方式招生）、illegalChoice（违规择校）、keySchools（设置重点学校或重点班）、unfilledPosts（有编不补或长期聘用编外教师）、majorIncident（重大安全责任事故或严重违法违纪事件）、falsification（弄虚作假）、offCampusTutoring（校外培训机构治理不力）。模板的下拉列表显示中文名称。
 */
export type VetoItem = ("examAdmission" | "illegalChoice" | "keySchools" | "unfilledPosts" | "majorIncident" | "falsification" | "offCampusTutoring")
/**
 * 对应事项：这份佐证材料所证明的申报声明或否决事项，须是本文件 declarations 或 vetoes 中已填写的事项（由 npm run check 核对）。模板的下拉列表显示中文名称。
 */
export type EvidenceItem = ("layoutPlan" | "unifiedStandards" | "performancePay" | "postsAllocation" | "quotaTilted" | "leftBehindCare" | "charterAndIT" | "itTeaching" | "moralEducation" | "fullCurriculum" | "homeworkBurden" | "monitoringGood" | "examAdmission" | "illegalChoice" | "keySchools" | "unfilledPosts" | "majorIncident" | "falsification" | "offCampusTutoring")
/**
 * 得分：0～100 分。
 */
export type Score = number

/**
 * 每县每学年一个文件：data/counties/<县标识>/<年份>.yaml。包含学校逐校数据、县级事实数据和县里已公开印发的数字。
 */
export interface CountyYearFile {
/**
 * 县标识：县的标识，例如 tongdao；应与所在目录名相同，由 npm run check 核对。
 */
county: string
/**
 * 年份：数据所属年份（学年开始的年份），例如 2019；应与文件名相同，由 npm run check 核对。
 */
year: number
/**
 * 示例数据：为 true 时表示逐校数据为示例数据（按公开数字校准生成，并非真实学校），页面上会注明。
 */
illustrative?: boolean
/**
 * 待补充：新年度文件中还要按本年度重新填写或核对的项目，每项写一个路径。npm run new 以上一年度为底稿建立新年度文件时列出：上一年度的县级合计、逐年变化的县级事实（满意度、入学率等）和评估用的逐年材料（县级评估数字、申报声明、否决事项、佐证材料、质量监测、社会认可度、政府推进工作得分）已删去，要重新填写；按年份或时期列出的事实（教育投入、分学年指标等）保留往年各项，要补上本年度的一项；生均公用经费等拨款标准保留，要核对。npm run check 对每一项给出提示（不是错误，可以先提交、构建）；填好或核对后删去这一项。逐校数据不在此列：它与上一年度完全相同时，npm run check 另有提示。
 * 
 * Items: 待补充项目：要重新填写或核对的数据的路径，例如 facts.satisfaction（公众满意度）、facts.investments（教育投入）、totals（县级合计）。
 */
toFill?: ("totals" | "facts.satisfaction" | "facts.physicalHealthPassRate" | "facts.disabledEnrollmentRate" | "facts.byYear" | "facts.publicFundsPerStudent" | "facts.investments" | "facts.assessmentScores" | "facts.teacherRecruitment" | "facts.teacherExchange" | "facts.teacherPosts" | "facts.studentsPerComputer" | "numbers" | "declarations" | "vetoes" | "evidence" | "qualityMonitoring" | "recognitionSurvey" | "governmentScore" | "governmentScoreItems")[]
/**
 * 学校：县内义务教育学校（含教学点、特殊教育学校、民办学校），每校一行。
 */
schools: School[]
/**
 * 县级合计：统计报表中的县级合计数。填写后会与逐校数据之和核对，不一致即报错。
 */
totals?: {
/**
 * 学校数：不含教学点的学校数（所）。
 */
schools?: number
/**
 * 教学点数：教学点个数（个）。
 */
teachingPoints?: number
primary?: LevelTotals
junior?: LevelTotals
special?: LevelTotals
}
facts?: Facts
/**
 * 已公开数字：县里在公开文件中印发的数字，按印发原样填写；构建时与测算结果核对，超出印发精度的差异会给出提示。
 */
published?: PublishedFigure[]
/**
 * 县级评估数字：优质均衡评估用到的县级数字（政府保障程度、教育质量各项）。各项均可不填；不填的项目在评估中列为「未提供」。
 */
numbers?: {
/**
 * 特殊教育经费：特殊教育学校的年度公用经费和在校生数。
 */
specialEducation?: {
publicFunds?: Amount
students?: Count
}
/**
 * 教师工资：教师与当地公务员的年平均工资。
 */
teacherPay?: {
teachers?: Amount
civilServants?: Amount
}
/**
 * 教师交流轮岗：本年度符合交流条件的教师、实际交流轮岗的教师及其中的骨干教师（人）。
 */
rotation?: {
eligible?: Count
rotated?: Count
keyRotated?: Count
}
/**
 * 就近划片入学比例：城区和镇区公办学校（不含寄宿制学校）就近划片入学的学生比例（%）。
 */
nearbyEnrollment?: {
primary?: Percent
junior?: Percent
}
/**
 * 优质高中招生名额分配：优质普通高中招生名额及其中分配到区域内初中的名额（人）。
 */
quotaAllocation?: {
places?: Count
allocated?: Count
}
/**
 * 随迁子女：符合条件的进城务工人员随迁子女及其中在公办学校（含政府购买学位）就读的人数（人）。
 */
migrantChildren?: {
eligible?: Count
inPublic?: Count
}
/**
 * 残疾儿童少年：适龄残疾儿童少年及其中入学的人数（人）；不填时评估用 facts.disabledEnrollmentRate。
 */
disabledChildren?: {
eligible?: Count
enrolled?: Count
}
/**
 * 初中三年巩固率：本届初中毕业生三年前的入学人数、三年间的转入转出和死亡人数、毕业人数（人），以及计算巩固率所用的公式。转出与死亡之和不能多于入学与转入之和（由 npm run check 核对）。
 */
juniorCohort?: {
entrants?: Count
transfersIn?: Count
transfersOut?: Count
deaths?: Count
graduates?: Count
/**
 * 计算公式：巩固率的计算公式：plain 为毕业人数 ÷ 入学人数，net 为毕业人数 ÷（入学人数 + 转入 − 转出 − 死亡）。
 */
formula?: ("plain" | "net")
}
}
/**
 * 申报声明：政府保障程度、教育质量中须由县里声明是否达到的事项，每项一行，并在「佐证材料」中列出所依据的文件。同一事项只能填一次；声明达到而没有佐证材料时 npm run check 给出提示（由 npm run check 核对）。
 */
declarations?: {
item: DeclarationItem
/**
 * 是否达到：达到为 true（是），未达到为 false（否）。
 */
met: boolean
/**
 * 说明：简要说明。
 */
note?: string
}[]
/**
 * 否决事项：不予认定的否决事项，每项一行，写明是否存在。同一事项只能填一次（由 npm run check 核对）。
 */
vetoes?: {
item: VetoItem
/**
 * 是否存在：存在为 true（是），不存在为 false（否）；存在任何一项即不予认定。
 */
present: boolean
/**
 * 说明：简要说明。
 */
note?: string
}[]
/**
 * 佐证材料：申报声明和否决事项所依据的文件，每份一行；所对应的事项须已在申报声明或否决事项中填写（由 npm run check 核对）。
 */
evidence?: {
item: EvidenceItem
/**
 * 文件名称：文件或材料的标题。
 */
title: string
/**
 * 文号：发文字号，例如 通政发〔2023〕5号。
 */
number?: string
/**
 * 日期：印发日期：YYYY-MM-DD 或 YYYY-MM。
 */
date?: string
/**
 * 链接：公开网址，以 https:// 开头。
 */
link?: string
}[]
/**
 * 质量监测：国家义务教育质量监测结果，每个学科一行：学业水平等级和校际差异率，按监测报告原样填写；同一年份的同一学科只填一行（由 npm run check 核对）。
 */
qualityMonitoring?: {
/**
 * 学科：监测学科，例如 语文、数学、科学、体育与健康、艺术、德育。
 */
subject: string
/**
 * 监测年份：监测年份（年）。
 */
year: number
/**
 * 水平等级：监测报告中的学业水平等级，填 1～4（Ⅰ～Ⅳ级）。
 */
level: number
/**
 * 校际差异率：校际差异率：0～1 之间的小数，例如 0.12。
 */
difference: number
}[]
/**
 * 社会认可度调查：国家组织的社会认可度网络调查结果，按公布原样填写。
 */
recognitionSurvey?: {
rate?: Percent
/**
 * 调查日期：调查或公布日期：YYYY-MM-DD 或 YYYY-MM。
 */
date?: string
respondents?: Count
}
/**
 * 政府推进工作得分：县级人民政府推进义务教育均衡发展工作的评估得分（分，满分 100）：自评、市级复核、省级评估。
 */
governmentScore?: {
self?: Score
municipal?: Score
provincial?: Score
}
/**
 * 政府得分明细：县级人民政府推进工作评估的逐项得分表，每个二级指标一行。
 */
governmentScoreItems?: {
/**
 * 一级指标：例如 入学机会、保障机制、教师队伍、质量与管理。
 */
area: string
/**
 * 二级指标：二级指标的名称。
 */
item: string
points?: Score
/**
 * 是否达标：达标为 true（是），未达标为 false（否）。
 */
met?: boolean
self?: Score
municipal?: Score
provincial?: Score
}[]
}
/**
 * 学校：一所学校（或教学点）的基本情况与办学条件。
 */
export interface School {
/**
 * 学校标识：县内唯一（重复时 npm run check 报错）、长期不变的字符串，例如 td-p01；学校改名时不变。
 */
id: string
/**
 * 学校名称：学校全称。
 */
name: string
/**
 * 学校类型：小学、初级中学、九年一贯制、完全中学、十二年一贯制、教学点或特殊教育学校。类型决定要填写的学段：小学、教学点填 primary，初级中学填 junior，九年一贯制填 primary 和 junior，完全中学填 junior 和 senior，十二年一贯制填 primary、junior 和 senior，特殊教育学校填 special。
 */
type: ("小学" | "初级中学" | "九年一贯制" | "完全中学" | "十二年一贯制" | "教学点" | "特殊教育学校")
/**
 * 办学性质：公办或民办。
 */
ownership: ("公办" | "民办")
/**
 * 县属：由本县（市、区）举办为 true；市属、省属、企业办等为 false。
 */
countyRun: boolean
/**
 * 所属学校：教学点所属完全小学或中心校的学校标识：教学点必填，其他学校不填。须是本文件中某所学校的 id，且该校本身不是教学点（npm run check 检查）。
 */
parent?: string
/**
 * 城乡分类：城区、镇区或乡村。
 */
location: ("城区" | "镇区" | "乡村")
primary?: Level
junior?: Level
/**
 * 高中段：完全中学、十二年一贯制学校的高中段；只用于按学段分摊设施。
 */
senior?: {
students: Count
classes?: Count
teachers?: Count
}
special?: Level
facilities?: Facilities
/**
 * 学校经费：本校本年度的公用经费及其中用于教师培训的支出（元）。可不填。
 */
funds?: {
publicFunds?: Amount
trainingSpend?: Amount
}
}
export interface Level {
students: Count
classes: Count
largestClass?: Count
/**
 * 班额分段：本学段按班额分段的班级数（个），各段之和应等于班级数（npm run check 检查）。
 */
classSizes?: {
upTo45: Count
from46To55: Count
from56To65: Count
from66: Count
}
teachers: Count
qualifiedTeachers?: Count
aboveDegreeTeachers?: Count
seniorTitleTeachers?: Count
keyTeachers?: Count
peArtsTeachers?: Count
certifiedTeachers?: Count
trainedTeachers?: Count
}
/**
 * 办学条件：全校（不分学段）的校舍、场地、设备和图书；一贯制学校按学段加权在校生数分摊。可不填，但有学校不填某一项时，该项的县级合计和用到它的指标无法测算，npm run check 会提示。
 */
export interface Facilities {
teachingArea: Amount
sportsArea: Amount
equipmentValue: Amount
computers: Count
books: Count
multimediaRooms?: Count
landArea?: Amount
buildingArea?: Amount
laboratories?: Count
functionRooms?: Count
libraryRooms?: Count
musicRooms?: Count
musicRoomMinArea?: Amount
artRooms?: Count
artRoomMinArea?: Amount
}
export interface LevelTotals {
students?: Count
classes?: Count
teachers?: Count
}
/**
 * 县级事实数据：公开文件中的县级数字：满意度、巩固率、辍学率、经费、投入、评估得分、教师补充与交流等。
 */
export interface Facts {
satisfaction?: Percent
physicalHealthPassRate?: ByLevel
disabledEnrollmentRate?: Percent
/**
 * 分学年指标：按学年列出的入学率、巩固率、辍学率（%）。入学率、巩固率可能超过 100%（学生迁入），按原样填写。
 */
byYear?: {
id?: ItemId
/**
 * 学年：例如 2016-2017。
 */
schoolYear: string
enrollmentRate?: ByLevelRate
retentionRate?: ByLevelRate
dropoutRate?: ByLevel
}[]
/**
 * 生均公用经费：生均公用经费拨款标准（元/生·年）。
 */
publicFundsPerStudent?: {
primary?: Amount
junior?: Amount
special?: Amount
boardingExtra?: Amount
heatingExtra?: Amount
}
/**
 * 教育投入：按年份或时期列出的投入（万元）。
 */
investments?: {
id?: ItemId
/**
 * 年份或时期：例如 2019 或 2016-2019。
 */
period: string
/**
 * 用途：例如 义务教育预算内经费拨款。
 */
purpose: string
amount: Amount
}[]
/**
 * 评估得分：督导评估各部分得分（分）。
 */
assessmentScores?: {
id?: ItemId
/**
 * 评估项目：例如 民意调查。
 */
item: string
/**
 * 得分：得分（分）。
 */
score: number
}[]
/**
 * 教师补充：按时期列出的教师招聘、特岗等补充人数（人）。
 */
teacherRecruitment?: {
id?: ItemId
/**
 * 时期：例如 2015-2017。
 */
period: string
/**
 * 补充方式：例如 公开招聘、特岗教师。
 */
kind: string
count: Count
}[]
/**
 * 教师交流：按时期列出的校际、城乡教师交流人数（人）。
 */
teacherExchange?: {
id?: ItemId
/**
 * 时期：例如 2012-2019。
 */
period: string
count: Count
keyTeachers?: Count
}[]
/**
 * 教师编制：义务教育教师编制与实有人数（人）。
 */
teacherPosts?: {
authorized?: Count
filled?: Count
}
/**
 * 生机比：按公开文件原样记录的生机比及其方向。
 */
studentsPerComputer?: {
value: Amount
/**
 * 方向：studentsPerComputer 表示每台计算机对应学生数，computersPerStudent 表示每名学生拥有计算机台数。
 */
direction: ("studentsPerComputer" | "computersPerStudent")
}
}
export interface ByLevel {
primary?: Percent
junior?: Percent
}
export interface ByLevelRate {
primary?: Rate
junior?: Rate
}
export interface PublishedFigure {
/**
 * 对应测算项：测算结果中对应数字的路径，例如 levels.primary.averageClassSize、levels.junior.basic.compositeCv 或 totals.byType.初级中学；须是测算结果中的一项（npm run check 检查）。
 */
key: string
/**
 * 印发数值：按印发原样填写的数字（百分数只写数字，如 98.24）。
 */
value: number
/**
 * 单位：%（测算值按百分数比较）、1:x（师生比写法）或其他计量单位（原值比较）；系数等无单位的数字不填。
 */
unit?: string
/**
 * 印发小数位数：印发时保留的小数位数；不填时按数值本身推断（如 47.20 应填 2）。
 */
decimals?: number
/**
 * 出处：印发该数字的文件及位置，例如 2019 年度工作情况报告·表二。
 */
source: string
}
