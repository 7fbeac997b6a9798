import type { CheerioAPI } from 'cheerio'

/**
 * Our own corpus of cross-site scripting and template injection payloads: each must come back as the
 * very text that was typed, and never as markup, script or an evaluated template. Kept on one line each
 * so pages that collapse white space still show them whole.
 */
export const hostilePayloads: readonly string[] = [
  // script tags
  '<script>alert(1)</script>',
  '<SCRIPT>alert(2)</SCRIPT>',
  '<ScRiPt>alert(3)</sCrIpT>',
  '<script src=//evil.example/x.js></script>',
  '<script>document.title="owned"</script>',
  '"><script>alert(4)</script>',
  "'><script>alert(5)</script>",
  '</textarea><script>alert(6)</script>',
  '</title><script>alert(7)</script>',
  '<scr<script>ipt>alert(8)</script>',
  // event handlers
  '<img src=x onerror=alert(9)>',
  '<IMG SRC=x OnErRoR=alert(10)>',
  '<body onload=alert(11)>',
  '<div onmouseover="alert(12)">hover</div>',
  '<input autofocus onfocus=alert(13)>',
  '<details open ontoggle=alert(14)>',
  '<video><source onerror=alert(15)></video>',
  '<marquee onstart=alert(16)>',
  '<img src=x onerror="&#97;lert(17)">',
  '<p onclick=alert(18)>click me</p>',
  // javascript: URLs
  '<a href="javascript:alert(19)">link</a>',
  '<a href="JaVaScRiPt:alert(20)">link</a>',
  '<a href=" javascript:alert(21)">link</a>',
  '<a href="jav&#x09;ascript:alert(22)">link</a>',
  'javascript:alert(23)',
  '<form action="javascript:alert(24)"><button>go</button></form>',
  // SVG and MathML
  '<svg onload=alert(25)>',
  '<svg><script>alert(26)</script></svg>',
  '<svg><animate onbegin=alert(27) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:alert(28)"><text x="20" y="20">x</text></a></svg>',
  '<math><mtext><img src=x onerror=alert(29)></mtext></math>',
  // frames and objects
  '<iframe src="javascript:alert(30)"></iframe>',
  '<iframe srcdoc="<script>alert(31)</script>"></iframe>',
  '<object data="javascript:alert(32)"></object>',
  '<embed src="javascript:alert(33)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(34)">',
  '<base href="https://evil.example/">',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<style>body{display:none}</style>',
  // attribute breakers
  '" onmouseover="alert(35)',
  "' onmouseover='alert(36)",
  '" autofocus onfocus="alert(37)" x="',
  '`onmouseover=alert(38)`',
  '"><img src=x onerror=alert(39)>',
  '\'"><svg/onload=alert(40)>',
  // template injection: nunjucks, other engines
  '{{ 7*7 }}',
  '{{7*7}}',
  '{% raw %}{{ 7*7 }}{% endraw %}',
  '{% set x = 7*7 %}{{ x }}',
  '{{ range.constructor("return 7*7")() }}',
  '{{ "a" | safe }}<b>bold</b>',
  '${7*7}',
  '#{7*7}',
  '<%= 7*7 %>',
  '{{constructor.constructor("alert(41)")()}}',
  '[[7*7]]',
  // unicode and encoding tricks
  '\uFF1Cscript\uFF1Ealert(42)\uFF1C/script\uFF1E',
  '<scr\u200Bipt>alert(43)</script>',
  'safe\u202Etxt.exe<script>alert(44)</script>',
  '&lt;script&gt;alert(45)&lt;/script&gt;',
  '%3Cscript%3Ealert(46)%3C/script%3E',
  '\\u003cscript\\u003ealert(47)\\u003c/script\\u003e',
  '<!--<script>alert(48)</script>-->',
  '<![CDATA[<script>alert(50)</script>]]>',
]

/** The page as a person would read it, white space collapsed. */
export const pageText = ($: CheerioAPI) => $('body').text().replace(/\s+/g, ' ')

/** Markup that must never appear in one of our pages, whatever was typed into it. */
export function injectedMarkup($: CheerioAPI): string[] {
  const found: string[] = []
  $('script').each((_, element) => {
    const src = $(element).attr('src') ?? ''
    if (!src.startsWith('/assets/') || $(element).text().trim() !== '') found.push(`script ${src}`)
  })
  // Our own pages use GOV.UK details (the review page's parts); any other details element was typed in.
  for (const tag of [
    'iframe',
    'object',
    'embed',
    'base',
    'math',
    'marquee',
    'video',
    'details:not(.govuk-details)',
    'style',
  ]) {
    if ($(tag).length > 0) found.push(tag.replace(/:.*/, ''))
  }
  $('meta[http-equiv]').each(() => void found.push('meta http-equiv'))
  $('*').each((_, element) => {
    if (element.type !== 'tag' && element.type !== 'script' && element.type !== 'style') return
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`)
      // eslint-disable-next-line no-control-regex
      if (/^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, '')))
        found.push(`${element.tagName}[${name}=javascript:]`)
    }
  })
  $('link[rel=stylesheet]').each((_, element) => {
    if (!($(element).attr('href') ?? '').startsWith('/assets/')) found.push('link stylesheet')
  })
  return found
}
