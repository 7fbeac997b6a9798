// The relevance set's queries, each with the practice a good engine puts first (`best`, grade 2) and
// practice that is also right to show high (`also`, grade 1). An empty `best` means nothing should be found.

export type QueryKind =
  | 'force'
  | 'topic'
  | 'abbreviation'
  | 'synonym'
  | 'stemming'
  | 'typo'
  | 'phrase'
  | 'exclusion'
  | 'several words'
  | 'nothing'

export interface RelevanceQuery {
  q: string
  kind: QueryKind
  best: string[]
  also?: string[]
}

export const relevanceQueries: RelevanceQuery[] = [
  // Names of forces, full and short
  { q: 'Met', kind: 'force', best: ['met-bus-lanes', 'met-youth-boxing', 'met-scam-calls'] },
  { q: 'the Met', kind: 'force', best: ['met-bus-lanes', 'met-youth-boxing', 'met-scam-calls'] },
  { q: 'Metropolitan Police', kind: 'force', best: ['met-bus-lanes', 'met-youth-boxing', 'met-scam-calls'] },
  { q: 'GMP', kind: 'force', best: ['gmp-cuckooing', 'gmp-hate-reporting'] },
  { q: 'Greater Manchester', kind: 'force', best: ['gmp-cuckooing', 'gmp-hate-reporting'] },
  { q: 'BTP', kind: 'force', best: ['btp-text-service', 'btp-platform-welfare'] },
  { q: 'British Transport Police', kind: 'force', best: ['btp-text-service', 'btp-platform-welfare'] },
  { q: 'WMP', kind: 'force', best: ['wmp-knife-amnesty'] },
  { q: 'Cumbria', kind: 'force', best: ['cumbria-fell-missing'] },
  {
    q: 'Wales',
    kind: 'force',
    best: ['nwales-farm-fraud', 'swales-night-time'],
    also: ['dyfed-cattle-lonely', 'gwent-schools-cce'],
  },
  { q: 'National Crime Agency', kind: 'force', best: ['nca-trafficking-routes'] },
  // Topic names and abbreviations
  {
    q: 'FGM',
    kind: 'abbreviation',
    best: ['hampshire-fgm'],
    also: ['norfolk-forced-marriage', 'durham-hba-schools', 'trap-fgm-passing'],
  },
  {
    q: 'female genital mutilation',
    kind: 'topic',
    best: ['hampshire-fgm'],
    also: ['norfolk-forced-marriage', 'durham-hba-schools', 'trap-fgm-passing'],
  },
  { q: 'county lines', kind: 'topic', best: ['gwent-schools-cce', 'gmp-cuckooing'] },
  {
    q: 'modern slavery',
    kind: 'topic',
    best: ['durham-carwash', 'northumbria-harbour', 'lincs-seasonal-workers', 'devon-coastal-slavery'],
    also: ['nca-trafficking-routes'],
  },
  {
    q: 'VAWG',
    kind: 'abbreviation',
    best: ['btp-text-service', 'met-bus-lanes', 'swales-night-time', 'cleveland-mentoring-women'],
  },
  {
    q: 'CSE',
    kind: 'abbreviation',
    best: ['essex-cse-hotels'],
    also: ['thames-valley-online-grooming', 'lancs-missing-children-homes', 'humber-sextortion'],
  },
  {
    q: 'stalking',
    kind: 'topic',
    best: ['kent-spo', 'sussex-stalking-clinic', 'surrey-cyber-harassment'],
  },
  { q: 'hate crime', kind: 'topic', best: ['gmp-hate-reporting', 'notts-hate-football'] },
  {
    q: 'mental health',
    kind: 'topic',
    best: ['dorset-street-triage', 'btp-platform-welfare'],
    also: ['dyfed-cattle-lonely', 'sussex-stalking-clinic'],
  },
  {
    q: 'fraud',
    kind: 'topic',
    best: ['met-scam-calls', 'nwales-farm-fraud', 'syorks-older-scams', 'city-romance-fraud'],
  },
  { q: 'RASSO', kind: 'abbreviation', best: ['wyorks-rasso', 'notts-sarc'] },
  // Synonyms
  {
    q: 'elderly',
    kind: 'synonym',
    best: ['leics-elderly-care-homes', 'wmercia-elder-abuse', 'syorks-older-scams'],
    also: ['dyfed-cattle-lonely'],
  },
  { q: "Clare's Law", kind: 'synonym', best: ['cleveland-dvds'] },
  { q: 'domestic violence disclosure scheme', kind: 'synonym', best: ['cleveland-dvds'] },
  {
    q: 'domestic violence',
    kind: 'synonym',
    best: ['da-court-companions', 'kent-idva-custody', 'derbys-dapo', 'herts-da-children'],
    also: ['wmids-da-workplace', 'mod-base-families', 'essex-marac', 'cleveland-dvds'],
  },
  {
    q: 'teenagers',
    kind: 'synonym',
    best: ['gwent-schools-cce', 'north-yorks-teen-drivers', 'humber-sextortion'],
    also: ['suffolk-youth-panels', 'met-youth-boxing', 'merseyside-mentors'],
  },
  { q: 'MARAC', kind: 'synonym', best: ['essex-marac'] },
  { q: 'IDVA', kind: 'synonym', best: ['kent-idva-custody'] },
  { q: 'MASH', kind: 'synonym', best: ['beds-mash'] },
  {
    q: 'missing persons',
    kind: 'synonym',
    best: ['lancs-missing-home'],
    also: ['cumbria-fell-missing', 'lancs-missing-children-homes'],
  },
  {
    q: 'human trafficking',
    kind: 'synonym',
    best: ['durham-carwash', 'nca-trafficking-routes', 'devon-coastal-slavery'],
    also: ['northumbria-harbour', 'lincs-seasonal-workers'],
  },
  { q: 'SPO', kind: 'synonym', best: ['kent-spo'] },
  // Stemming
  { q: 'mentored', kind: 'stemming', best: ['merseyside-mentors', 'cleveland-mentoring-women'] },
  {
    q: 'volunteer',
    kind: 'stemming',
    best: ['wyorks-volunteers', 'gmp-hate-reporting'],
    also: ['cambs-safeguarding-children'],
  },
  { q: 'safeguarding children', kind: 'stemming', best: ['cambs-safeguarding-children'] },
  // Typos
  { q: 'stalkng', kind: 'typo', best: ['kent-spo', 'sussex-stalking-clinic', 'surrey-cyber-harassment'] },
  {
    q: 'trafficing',
    kind: 'typo',
    best: ['durham-carwash', 'nca-trafficking-routes', 'devon-coastal-slavery'],
    also: ['northumbria-harbour'],
  },
  { q: 'Mersyside', kind: 'typo', best: ['merseyside-mentors'] },
  { q: 'cuckoing', kind: 'typo', best: ['gmp-cuckooing'] },
  { q: 'sextorsion', kind: 'typo', best: ['humber-sextortion'] },
  // two neighbouring letters swapped
  { q: 'stlaking', kind: 'typo', best: ['kent-spo', 'sussex-stalking-clinic', 'surrey-cyber-harassment'] },
  { q: 'cukcooing', kind: 'typo', best: ['gmp-cuckooing'] },
  // Phrases and exclusions
  { q: '"night-time economy"', kind: 'phrase', best: ['swales-night-time'] },
  { q: '"forced marriage"', kind: 'phrase', best: ['norfolk-forced-marriage', 'durham-hba-schools'] },
  {
    q: '"protection orders"',
    kind: 'phrase',
    best: ['kent-spo'],
    also: ['hampshire-fgm', 'sussex-stalking-clinic', 'derbys-dapo'],
  },
  {
    q: 'domestic abuse -children',
    kind: 'exclusion',
    best: ['derbys-dapo', 'wmids-da-workplace', 'kent-idva-custody'],
    also: ['mod-base-families', 'da-court-companions', 'essex-marac', 'cleveland-dvds'],
  },
  {
    q: 'modern slavery -boats',
    kind: 'exclusion',
    best: ['durham-carwash', 'lincs-seasonal-workers'],
    also: ['nca-trafficking-routes'],
  },
  // Several words, not all in one practice
  {
    q: 'knife crime mentoring hospital',
    kind: 'several words',
    best: ['merseyside-mentors'],
    also: ['wmp-knife-amnesty', 'met-youth-boxing'],
  },
  { q: 'online grooming', kind: 'several words', best: ['thames-valley-online-grooming'], also: ['humber-sextortion'] },
  // Nothing should be found
  { q: 'quantum chromodynamics', kind: 'nothing', best: [] },
  { q: 'xylophone', kind: 'nothing', best: [] },
  { q: 'Kestrelwing', kind: 'nothing', best: [] },
  { q: 'Quillmarch', kind: 'nothing', best: [] },
  { q: 'Kestrelwng tactics', kind: 'nothing', best: [] },
]
