// Small DOM helpers: build elements without innerHTML, so API text is never parsed as markup.

const SVG_NS = "http://www.w3.org/2000/svg";

function applyAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === "dataset") {
      Object.assign(element.dataset, value);
    } else if (name === "style" && typeof value === "object") {
      Object.assign(element.style, value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

function appendChildren(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  applyAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

export function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

export function clear(element) {
  while (element.firstChild) element.firstChild.remove();
  return element;
}

export function announce(message) {
  const live = document.getElementById("live");
  live.textContent = "";
  // A new text node after a tick makes screen readers read repeated messages too.
  setTimeout(() => { live.textContent = message; }, 50);
}

export function bar(value, label) {
  const percent = Math.max(0, Math.min(100, Math.round((value || 0) * 100)));
  const fill = h("span");
  fill.style.width = `${percent}%`;
  return h("div", { class: "bar", role: "img", "aria-label": `${label}: ${percent}%` }, fill);
}
