/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

/**
 * content/reports/<县标识>/<年份>.mdx 开头两行 --- 之间的部分：报告的标题、发布单位、日期和资料来源。
 */
export interface NarrativeFrontMatter {
/**
 * 标题：报告的标题，例如 通道侗族自治县2019年义务教育均衡发展情况报告。
 */
title: string
/**
 * 发布单位：发布这份报告的单位全称，例如 通道侗族自治县教育局。
 */
publisher: string
/**
 * 发布日期：写成 2019-12-30 这样的年-月-日。
 */
published: string
/**
 * 更新日期：最近一次修改正文的日期，写成 2020-01-15 这样的年-月-日。
 */
updated: string
/**
 * 资料来源：报告所依据的文件或统计报表，例如 通道侗族自治县2019年度教育事业统计报表。
 */
source: string
}
