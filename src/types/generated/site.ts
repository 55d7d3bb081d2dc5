/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

/**
 * content/site.yaml：网站名称与页脚的主办单位、网站标识码和备案信息。
 */
export interface SiteFile {
/**
 * 网站名称：页面标题中显示的网站名称。
 */
name: string
/**
 * 主办单位：页脚显示的主办单位全称。
 */
organizer: string
/**
 * 网站标识码：政府网站标识码（十位），按字符串加引号书写。
 */
siteCode: string
/**
 * ICP 备案号：例如 豫ICP备00000000号。
 */
icp: string
/**
 * ICP 备案查询地址：备案号链接到的地址，以 https:// 开头，例如 https://beian.miit.gov.cn/。
 */
icpLink: string
/**
 * 公安备案号：例如 豫公网安备00000000000000号。
 */
police: string
/**
 * 公安备案查询地址：公安备案号链接到的地址，以 https:// 开头。
 */
policeLink?: string
}
