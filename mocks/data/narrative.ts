import type { NarrativeSentence } from '@/schemas/narrative';

const latest = (key: string, indicatorId: string, unitId: string | null = null) =>
  ({ key, indicatorId, unitId, measure: 'latest' }) as const;

/** The report's sentences, with the redacted X figures bound to indicators. */
export const sampleNarrative: NarrativeSentence[] = [
  {
    id: 'research-topics',
    section: 'research',
    text: '确定了社会治理、政法队伍专业化建设、司法责任制综合配套改革等{topics}个调研课题。',
    textEn:
      'Leaders took up {topics} research topics, on social governance, professional staff and judicial reform.',
    bindings: [latest('topics', 'research-topics')],
  },
  {
    id: 'research-findings',
    section: 'research',
    text: '开展典型案例解剖式调研{dissections}次，梳理问题{problems}项，形成解决措施{measures}条。',
    textEn:
      '{dissections} case dissection studies identified {problems} problems and formed {measures} measures.',
    bindings: [
      latest('dissections', 'case-dissections'),
      latest('problems', 'problems-sorted'),
      latest('measures', 'measures-formed'),
    ],
  },
  {
    id: 'research-results',
    section: 'research',
    text: '形成调研报告{reports}篇，推动{converted}个典型经验做法由试点成果转化为面上成效。',
    textEn:
      '{reports} research reports were written and {converted} pilot experiences were scaled up.',
    bindings: [latest('reports', 'research-reports'), latest('converted', 'experiences-converted')],
  },
  {
    id: 'backlog-progress',
    section: 'case-resolution',
    text: '全区交办积案{assigned}，累计化解{resolved}，化解率{rate}。',
    textEn:
      '{assigned} backlog cases were assigned; {resolved} have been resolved, a resolution rate of {rate}.',
    bindings: [
      latest('assigned', 'backlog-assigned'),
      latest('resolved', 'backlog-resolved'),
      latest('rate', 'backlog-resolution-rate'),
    ],
  },
  {
    id: 'backlog-leaders',
    section: 'case-resolution',
    text: '全区政法各单位主要领导亲自牵头包案办理积案{leaders}。',
    textEn: 'Heads of political-legal bodies personally took {leaders} backlog cases.',
    bindings: [latest('leaders', 'leader-handled')],
  },
  {
    id: 'pilot-hohhot',
    section: 'city-pilots',
    text: '呼和浩特市社区村（居）民公约制定修订率达{revision}，{stations}个城乡社区挂牌家庭教育指导服务站。',
    textEn:
      'In Hohhot {revision} of conventions are revised and {stations} communities host family-education stations.',
    bindings: [
      latest('revision', 'convention-revision-rate', 'hohhot'),
      latest('stations', 'family-education-stations', 'hohhot'),
    ],
  },
  {
    id: 'pilot-baotou',
    section: 'city-pilots',
    text: '包头市动态调整公布市本级行政权力事项{listed}，取消下放划转{delegated}。',
    textEn:
      'Baotou lists {listed} city-level power items and has cancelled or delegated {delegated}.',
    bindings: [
      latest('listed', 'power-items-listed', 'baotou'),
      latest('delegated', 'items-delegated', 'baotou'),
    ],
  },
  {
    id: 'pilot-ordos',
    section: 'city-pilots',
    text: '鄂尔多斯市创新“三端五防线”诉源治理模式，新收案件同比{new-cases}。',
    textEn:
      'Ordos built a litigation-source governance model; new court cases changed by {new-cases} year on year.',
    bindings: [latest('new-cases', 'new-court-cases-yoy', 'ordos')],
  },
];
