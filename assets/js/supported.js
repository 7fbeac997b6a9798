// Loaded synchronously at the top of <body> so that JavaScript-only styles apply before first paint,
// without an inline script (our Content Security Policy forbids them).
document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) document.body.classList.add('govuk-frontend-supported')
