/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

/**
 * 每个县一个文件：data/counties/<县标识>/county.yaml。记录县名、所属省市、行政区划代码、适用的标准，以及（如有）优质均衡创建规划。
 */
export interface CountyFile {
/**
 * 县标识：小写拼音，例如 tongdao；不能是网站自身的目录名（methods、search、pagefind 等）；应与目录名相同，由 npm run check 核对。
 */
id: string
/**
 * 县（市、区）名称：全称，例如 通道侗族自治县。
 */
name: string
/**
 * 所属省份：例如 湖南省。
 */
province: string
/**
 * 所属地市：例如 怀化市。
 */
prefecture: string
/**
 * 行政区划代码：六位数字，按字符串书写并加引号，例如 "431230"。
 */
code: string
/**
 * 备注：任意说明文字。
 */
notes?: string
/**
 * 适用标准：本县测算所用标准文件的标识（data/standards/<标识>.yaml），例如 basic-2012、quality-2017 及本省办学基本标准。每个标识须有对应的标准文件，同一类标准（基本均衡、优质均衡、省定标准）只能选一个；也可列出 data/standards/local/<标识>.yaml 的地方调整文件，须同时列出它调整的标准，由 npm run check 核对。
 * 
 * @minItems 1
 */
standards: [string, ...(string)[]]
/**
 * 基本均衡认定年份：本县通过国家义务教育基本均衡发展督导评估认定的年份（年），例如 2016；优质均衡评估的申报条件要求认定满三年。
 */
basicRecognized?: number
/**
 * 资料来源：本县数据所依据的公开文件。
 */
sources?: {
/**
 * 文件名称：公开文件的标题。
 */
title: string
/**
 * 发布单位：发布该文件的机关。
 */
publisher?: string
/**
 * 发布日期：YYYY-MM-DD 或 YYYY-MM 或 YYYY。
 */
date?: string
}[]
/**
 * 优质均衡创建规划：县级优质均衡发展实施方案的阶段与目标（如有）。
 */
plan?: {
/**
 * 方案名称：实施方案的名称。
 */
title: string
/**
 * 印发时间：YYYY-MM 或 YYYY。
 */
issued?: string
/**
 * 目标年份：通过国家优质均衡评估认定的目标年份。
 */
targetYear: number
/**
 * 实施阶段：按时间顺序排列的各阶段。
 * 
 * @minItems 1
 */
phases: [{
/**
 * 阶段名称：例如 动员部署阶段。
 */
name: string
/**
 * 开始：YYYY-MM 或 YYYY。
 */
start: string
/**
 * 结束：YYYY-MM 或 YYYY。
 */
end: string
/**
 * 主要任务：本阶段要做的事，用自己的话概述。
 */
summary?: string
}, ...({
/**
 * 阶段名称：例如 动员部署阶段。
 */
name: string
/**
 * 开始：YYYY-MM 或 YYYY。
 */
start: string
/**
 * 结束：YYYY-MM 或 YYYY。
 */
end: string
/**
 * 主要任务：本阶段要做的事，用自己的话概述。
 */
summary?: string
})[]]
/**
 * 工作目标：方案提出的各项目标。
 */
goals?: string[]
}
}
