import accessibleAutocomplete from 'accessible-autocomplete'

/**
 * Turns a GOV.UK select marked `data-app-autocomplete` into a type-ahead. The select stays in the form
 * (hidden) and is what gets sent, so the page works the same without JavaScript.
 */
export function enhanceSelect(select) {
  const id = select.id
  const ids = (select.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
  // The select follows what the text box says: a choice's name picks it, anything else clears it, so
  // the server asks again rather than keeping an earlier choice the person can no longer see.
  const follow = (text) => {
    const wanted = (text ?? '').trim().toLowerCase()
    const option = [...select.options].find((o) => o.value !== '' && o.textContent.trim().toLowerCase() === wanted)
    select.value = option ? option.value : ''
  }
  const typed = () => document.getElementById(id)?.value
  accessibleAutocomplete.enhanceSelectElement({
    selectElement: select,
    // Blank rather than the select's "Select your organisation" prompt.
    defaultValue: '',
    inputClasses: select.classList.contains('govuk-select--error') ? 'app-autocomplete__input--error' : null,
    hintClasses: '',
    // Over the page rather than pushing it down: an inline list that closes as the text box loses focus
    // would move the button a person is clicking from under the pointer.
    displayMenu: 'overlay',
    // Called with the chosen suggestion, or with nothing when the text box loses focus.
    onConfirm: (chosen) => follow(chosen ?? typed()),
  })
  // Enter in the text box with no list open sends the form without a blur: follow the text first.
  select.form?.addEventListener('submit', () => follow(typed()))
  const wrapper = select.previousElementSibling
  if (wrapper) keepAccessible(wrapper, ids)
}

/**
 * The library re-renders the field as people type, so two fixes are reapplied each time: the grey
 * completion shown behind the text box is a copy of a suggestion, hidden from screen readers and the
 * keyboard (it has no label of its own); and the text box keeps the select's hint and error message.
 */
function keepAccessible(wrapper, describedBy) {
  const apply = () => {
    for (const hint of wrapper.querySelectorAll('.autocomplete__hint')) {
      if (hint.getAttribute('aria-hidden') !== 'true') hint.setAttribute('aria-hidden', 'true')
      if (hint.getAttribute('tabindex') !== '-1') hint.setAttribute('tabindex', '-1')
    }
    const input = wrapper.querySelector('.autocomplete__input')
    if (!input || describedBy.length === 0) return
    const current = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    const missing = describedBy.filter((id) => !current.includes(id))
    if (missing.length) input.setAttribute('aria-describedby', [...missing, ...current].join(' '))
  }
  apply()
  new window.MutationObserver(apply).observe(wrapper, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-describedby'],
  })
}
