import type { SearchMessages } from './messages'

export const zh: SearchMessages = {
  nav: '搜索',
  title: '站内搜索',
  description: '搜索本网站的新闻、服务和页面。',
  intro: '输入一个或多个词语：搜索范围为本网站的中文新闻、服务和页面。',
  label: '搜索词',
  hint: '例如：护照、签证、领事登记。',
  submit: '搜索',
  browse: '浏览网站',
  noScript: '搜索功能需要 JavaScript，但此浏览器未运行。所有内容均可在新闻、服务和网站地图中找到。',
  newsIndex: '全部新闻',
  servicesIndex: '全部服务',
  sitemap: '网站地图（XML）',
  script: {
    searching: '正在搜索…',
    results: '“{query}”的搜索结果：{count}',
    none: '没有与“{query}”相关的结果。请尝试其他词语，或浏览新闻和网站地图。',
    failed: '无法加载搜索功能。请浏览新闻、服务或网站地图。',
    more: '更多结果',
  },
}
