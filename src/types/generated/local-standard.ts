/* Generated from schemas/ by `npm run gen:types`. Do not edit. */

/**
 * 省、市对某个标准评估条件的调整，一个文件一份文件依据：data/standards/local/<标识>.yaml。overrides 改定某条达标线的标准值，列入本文件的县一律适用；relaxations 是可选的放宽，默认不启用（enabled 为 false）。县在 county.yaml 的 standards 中同时列出本文件和它调整的标准才适用；适用的改定和放宽在结果中列出。
 */
export interface LocalStandardFile {
/**
 * 调整文件标识：例如 huaihua-quality-illustrative；应与文件名相同，且不与 data/standards/ 下的标准重名，由 npm run check 核对。
 */
id: string
/**
 * 文件类别：地方调整文件一律写 local。
 */
kind: "local"
/**
 * 文件名称：例如 某市县域义务教育优质均衡发展督导评估实施细则。
 */
name: string
/**
 * 文件依据：发文字号或文件名称，例如 某教督〔2023〕1号。
 */
document: string
/**
 * 示例文件：为 true 时表示调整内容为示例，并非正式文件原文，页面上会注明。
 */
illustrative?: boolean
/**
 * 说明：取值依据、未经核实之处等。
 */
notes?: string
/**
 * 调整的标准：被调整的标准标识，例如 quality-2017；须是 data/standards/ 下类别为 basic 或 quality 的标准，由 npm run check 核对。
 */
extends: string
/**
 * 改定：改定的标准值：列入本文件的县一律按改定后的值判定。
 * 
 * @minItems 1
 */
overrides?: [Override, ...(Override)[]]
/**
 * 可选放宽：可选的放宽，默认不启用；只有 enabled 为 true 的放宽参与判定。
 * 
 * @minItems 1
 */
relaxations?: [Relaxation, ...(Relaxation)[]]
}
export interface Override {
/**
 * 改定标识：例如 g4-nine-year-cap；同一文件内不重复，由 npm run check 核对。
 */
id: string
/**
 * 改定名称：例如 九年一贯制学校规模上限改为 2600 人。
 */
name: string
/**
 * 达标线：被改定的条目标识，例如 G4；须是所调整标准 assessment 中的条目，由 npm run check 核对。
 */
line: string
set: ParameterSet
/**
 * 标准（改定后表述）：改定后这条达标线的标准表述，页面上代替原表述；不填则沿用原表述并注明已改定。
 */
standard?: string
}
/**
 * 改为：检查参数路径（checks.<序号>.<参数>，例如 checks.0.limits.九年一贯制、checks.0.rooms.0.minArea、checks.0.min）到新值；路径须是该条达标线已有的参数，新值与原值同类，由 npm run check 核对。
 */
export interface ParameterSet {
[k: string]: number | string | boolean | undefined
}
export interface Relaxation {
/**
 * 放宽标识：例如 older-rooms；同一文件内不重复，由 npm run check 核对。
 */
id: string
/**
 * 放宽名称：例如 音乐、美术专用教室面积放宽。
 */
name: string
/**
 * 达标线：被放宽的条目标识，例如 G3；须是所调整标准 assessment 中的条目，由 npm run check 核对。
 */
line: string
set: ParameterSet
/**
 * 标准（放宽后表述）：启用后这条达标线的标准表述，页面上代替原表述；不填则沿用原表述并注明已放宽。
 */
standard?: string
/**
 * 启用：默认 false（不填即不启用）；为 true 时才参与判定。
 */
enabled?: boolean
}
