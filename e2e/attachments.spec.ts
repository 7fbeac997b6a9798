import { describe, expect, inject, it } from 'vitest'
import { DEMO_PASSWORD, demoUsers } from '../src/db/seed/seed-demo-users.js'
import { minimalPdf, minimalPng } from '../test/support/files.js'
import { visit } from './pages/app-page.js'
import { AttachmentsPage } from './pages/attachments-page.js'
import { SignInPage } from './pages/sign-in-page.js'
import { expectNoAxeViolations } from './support/axe.js'
import { freshVisitorPerTest, newVisitorPage } from './support/browser.js'
import { chooseFileByKeyboard, hasFocus, pressToNavigate, tabTo } from './support/keyboard.js'

const contributor = demoUsers.find((demo) => demo.label === 'contributor (partner, not police)')?.email ?? ''

describe('attachments: a contributor adds a file to their draft and removes it', () => {
  const visitor = freshVisitorPerTest()

  it('by keyboard alone, with an axe check on every page and on the error state', async () => {
    const page = visitor.page
    const draftId = inject('demoDraftId')
    const path = AttachmentsPage.path(draftId)

    // Signing in brings the contributor back to the page they asked for.
    await visit(page, `${SignInPage.path}?returnTo=${encodeURIComponent(path)}`)
    const signIn = await SignInPage.verifyOnPage(page)
    await expectNoAxeViolations(page)
    await tabTo(page, signIn.emailInput)
    await page.keyboard.type(contributor)
    await tabTo(page, signIn.passwordInput)
    await page.keyboard.type(DEMO_PASSWORD)
    await pressToNavigate(page)

    let attachments = await AttachmentsPage.verifyOnPage(page)
    expect(new URL(page.url()).pathname).toBe(path)
    expect(await attachments.noAttachments.isVisible()).toBe(true)
    expect(await attachments.backLink.getAttribute('href')).toBe(`/submissions/${draftId}`)
    await expectNoAxeViolations(page)

    // Sending the form with nothing chosen: the page again, with both problems and focus on the summary.
    await tabTo(page, attachments.uploadButton)
    await pressToNavigate(page)
    attachments = await AttachmentsPage.verifyOnPage(page)
    await attachments.errorSummary.expectFocused()
    expect(await attachments.errorSummary.messages()).toEqual(['Select what the file is', 'Select a file to upload'])
    expect(await attachments.inlineError('file').innerText()).toContain('Select a file to upload')
    await expectNoAxeViolations(page)

    // Choose the kind by typing, then open the file chooser from the keyboard and pick a PDF.
    await tabTo(page, attachments.kindSelect)
    await page.keyboard.type('Evaluation')
    expect(await attachments.kindSelect.inputValue()).toBe('evaluation-report')
    await tabTo(page, attachments.fileInput)
    await chooseFileByKeyboard(page, attachments.fileInput, {
      name: 'Evaluation report.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    })
    await tabTo(page, attachments.uploadButton)
    expect(await hasFocus(attachments.uploadButton)).toBe(true)
    await pressToNavigate(page)

    attachments = await AttachmentsPage.verifyOnPage(page)
    expect(await attachments.successBanner.innerText()).toContain('Evaluation report.pdf has been added')
    expect((await attachments.names.allInnerTexts()).map((name) => name.trim())).toEqual(['Evaluation report.pdf'])
    await expectNoAxeViolations(page)

    // The link downloads the file, never shows it on the site.
    const href = await attachments.names.first().getAttribute('href')
    const download = await page.request.get(href ?? '')
    expect(download.status()).toBe(200)
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="Evaluation report.pdf"/)
    expect(download.headers()['x-content-type-options']).toBe('nosniff')

    // Remove it again.
    await tabTo(page, attachments.removeButton('Evaluation report.pdf'))
    await pressToNavigate(page)
    attachments = await AttachmentsPage.verifyOnPage(page)
    expect(await attachments.successBanner.innerText()).toContain('Evaluation report.pdf has been removed')
    expect(await attachments.rows.count()).toBe(0)
    expect(await attachments.noAttachments.isVisible()).toBe(true)
    await expectNoAxeViolations(page)
  })

  it('without JavaScript: a PNG added and removed, and a refusal shown without scripts', async () => {
    // axe runs as a script in the page, so it cannot run here; the same pages are checked in the test above.
    const page = await newVisitorPage(visitor.browser, { javaScriptEnabled: false })
    const draftId = inject('demoDraftId')
    const path = AttachmentsPage.path(draftId)
    await visit(page, `${SignInPage.path}?returnTo=${encodeURIComponent(path)}`)
    const signIn = await SignInPage.verifyOnPage(page)
    await signIn.emailInput.fill(contributor)
    await signIn.passwordInput.fill(DEMO_PASSWORD)
    await signIn.passwordInput.focus()
    await pressToNavigate(page)
    let attachments = await AttachmentsPage.verifyOnPage(page)

    // A file chosen but no kind: the error is shown, and nothing is kept.
    // The file is set directly: opening the chooser by keyboard is covered above, and is flaky without scripts.
    await attachments.fileInput.setInputFiles({ name: 'diagram.png', mimeType: 'image/png', buffer: minimalPng() })
    await tabTo(page, attachments.uploadButton)
    await pressToNavigate(page)
    attachments = await AttachmentsPage.verifyOnPage(page)
    expect(await page.title()).toMatch(/^Error: /)
    expect(await attachments.errorSummary.messages()).toEqual(['Select what the file is'])
    expect(await attachments.rows.count()).toBe(0)

    await tabTo(page, attachments.kindSelect)
    await page.keyboard.type('Theory')
    await attachments.fileInput.setInputFiles({ name: 'diagram.png', mimeType: 'image/png', buffer: minimalPng() })
    await tabTo(page, attachments.uploadButton)
    await pressToNavigate(page)
    attachments = await AttachmentsPage.verifyOnPage(page)
    expect((await attachments.names.allInnerTexts()).map((name) => name.trim())).toEqual(['diagram.png'])

    await tabTo(page, attachments.removeButton('diagram.png'))
    await pressToNavigate(page)
    attachments = await AttachmentsPage.verifyOnPage(page)
    expect(await attachments.rows.count()).toBe(0)
  })
})
