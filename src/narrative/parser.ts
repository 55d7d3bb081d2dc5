/** The MDX parser the narrative phases share: Markdown, front matter and JSX, positions kept. */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const narrativeParser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);
