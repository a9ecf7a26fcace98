/** Every visible string, Chinese first (the working language), English second. */
export const zhCN = {
  'app.loading': '正在加载数据…',
  'app.sampleBadge': '示例数据',
  'app.sampleBadgeHint': '本页数据为合成示例，不是官方统计',
  'app.asOf': '截至{date}',
  'app.source': '来源：{source}',
  'app.version': '版本 {version}',
  'app.language': '语言',
  'app.metaError': '无法加载数据集信息',
  'error.retry': '重试',
  'error.http': '服务器返回错误（HTTP {status}）',
  'error.network': '无法连接服务器',
  'error.timeout': '服务器长时间未响应',
  'error.invalid-json': '服务器返回的数据无法解析',
  'error.invalid-response': '服务器返回的数据不符合接口约定',
  'error.unknown': '发生未知错误',
} as const;

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  'app.loading': 'Loading data…',
  'app.sampleBadge': 'Sample data',
  'app.sampleBadgeHint': 'The figures on this page are synthetic, not official statistics',
  'app.asOf': 'As of {date}',
  'app.source': 'Source: {source}',
  'app.version': 'Version {version}',
  'app.language': 'Language',
  'app.metaError': 'The dataset information could not be loaded',
  'error.retry': 'Retry',
  'error.http': 'The server answered with an error (HTTP {status})',
  'error.network': 'The server could not be reached',
  'error.timeout': 'The server did not answer in time',
  'error.invalid-json': 'The server sent data that cannot be read',
  'error.invalid-response': 'The server sent data that does not match the API contract',
  'error.unknown': 'Something went wrong',
};
