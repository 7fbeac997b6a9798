// A link to a closed part of the page (a GOV.UK details element) opens that part. Without this script
// the link still goes there and the part opens when its summary is selected.
export function openLinkedDetails() {
  const open = () => {
    const id = decodeURIComponent(window.location.hash.slice(1))
    const target = id ? document.getElementById(id) : null
    if (target && target.tagName === 'DETAILS') target.open = true
  }
  window.addEventListener('hashchange', open)
  open()
}
