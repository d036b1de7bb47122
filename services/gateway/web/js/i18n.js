// English and Spanish strings, loaded from /static/i18n/<lang>.json. Keys are dotted paths.

import { h } from "./dom.js";

const SUPPORTED = ["en", "es"];
let strings = {};
let fallback = {};
let current = "en";

function lookup(table, key) {
  return key.split(".").reduce((node, part) => (node && typeof node === "object" ? node[part] : undefined), table);
}

export function language() {
  return current;
}

export function t(key, params = {}) {
  let text = lookup(strings, key);
  if (typeof text !== "string") text = lookup(fallback, key);
  if (typeof text !== "string") return key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

export function has(key) {
  return typeof lookup(strings, key) === "string" || typeof lookup(fallback, key) === "string";
}

async function fetchTable(lang) {
  const response = await fetch(`/static/i18n/${lang}.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`could not load the ${lang} strings (HTTP ${response.status})`);
  return response.json();
}

export async function setLanguage(lang) {
  current = SUPPORTED.includes(lang) ? lang : "en";
  if (!Object.keys(fallback).length) fallback = await fetchTable("en");
  strings = current === "en" ? fallback : await fetchTable(current);
  document.documentElement.lang = current;
  localStorage.setItem("trailmap.lang", current);
  translateStatic(document);
}

export function initialLanguage() {
  const stored = localStorage.getItem("trailmap.lang");
  if (stored && SUPPORTED.includes(stored)) return stored;
  return (navigator.language || "en").toLowerCase().startsWith("es") ? "es" : "en";
}

// Elements of the page shell carry data-i18n (text) or data-i18n-aria (aria-label) keys.
export function translateStatic(root) {
  for (const element of root.querySelectorAll("[data-i18n]")) element.textContent = t(element.dataset.i18n);
  for (const element of root.querySelectorAll("[data-i18n-aria]")) {
    element.setAttribute("aria-label", t(element.dataset.i18nAria));
  }
}

// Round half to even, as Python's format() does for the services' sentences, so "$16,568" in an
// explanation and the same amount on a card agree.
function roundHalfEven(value, digits = 0) {
  const scale = 10 ** digits;
  const scaled = value * scale;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  let rounded;
  if (Math.abs(diff - 0.5) < 1e-9) rounded = floor % 2 === 0 ? floor : floor + 1;
  else rounded = Math.round(scaled);
  return rounded / scale;
}

function numberFormat(options) {
  return new Intl.NumberFormat(current === "es" ? "es-US" : "en-US", options);
}

// null or undefined is unknown and shows "not known". A pay of 0 means "not published" too, unless
// `zeroIsKnown` (cost and debt: an apprenticeship really costs $0).
export function formatMoney(value, zeroIsKnown = false) {
  if (value === undefined || value === null) return t("common.unknown");
  const number = Number(value);
  if (Number.isNaN(number) || number < 0) return t("common.unknown");
  if (number === 0 && !zeroIsKnown) return t("common.unknown");
  return numberFormat({ style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(roundHalfEven(number));
}

// A route's cost or debt: the amount, else "at least" the known part, else "not known".
export function formatAmount(value, atLeast) {
  if (value !== undefined && value !== null) return formatMoney(value, true);
  if (atLeast !== undefined && atLeast !== null && Number(atLeast) > 0) {
    return t("common.atLeast", { amount: formatMoney(atLeast, true) });
  }
  return t("common.unknown");
}

export function formatNumber(value, digits = 0) {
  if (value === undefined || value === null || Number.isNaN(Number(value))) return t("common.unknown");
  return numberFormat({ maximumFractionDigits: digits }).format(roundHalfEven(Number(value), digits));
}

export function formatPercent(value) {
  if (value === undefined || value === null || Number.isNaN(Number(value))) return t("common.unknown");
  return `${formatNumber(value, 1)}%`;
}

// Credits everywhere on student screens: one decimal, the same rounding as the services' sentences.
export function formatCredits(value) {
  return formatNumber(value, 1);
}

// Round every number with more than one decimal in a service sentence, for student screens. Codes
// such as the O*NET-SOC "29-1141.00" are left alone.
export function roundNumbersInText(text) {
  return String(text || "").replace(/(?<![\d.\-|])\d+\.\d{2,}(?![\d.|])/g, (match) => formatNumber(Number(match), 1));
}

// Fixed vocabulary the services send as English words (education levels, subjects): the table in
// vocab.<kind> of the language file, keyed by the English text; unknown words stay as sent.
export function vocabulary(kind, english) {
  if (!english) return english;
  const table = lookup(strings, `vocab.${kind}`) || {};
  return typeof table[english] === "string" ? table[english] : english;
}

// Text a service sends only in English: in Spanish it gets a small "(en inglés)" label, so the page
// never mixes languages silently. `lang` is the language the service answered in, when it says.
export function serviceText(text, lang = "en") {
  if (current === lang || !text) return text;
  return h("span", { lang }, text, " ", h("span", { class: "lang-note", lang: current }, t("common.inEnglish")));
}

export function formatDate(value) {
  if (!value) return t("common.unknown");
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return t("common.unknown");
  return new Intl.DateTimeFormat(current === "es" ? "es-US" : "en-US", { dateStyle: "medium", timeStyle: "short" }).format(date);
}

// The small "(in English)" label alone, for a title published only in English; null in English.
export function englishNote() {
  return current === "en" ? null : h("span", { class: "lang-note" }, ` ${t("common.inEnglish")}`);
}
