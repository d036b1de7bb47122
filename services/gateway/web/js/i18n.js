// English and Spanish strings, loaded from /static/i18n/<lang>.json. Keys are dotted paths.

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

// Pay of 0 means "not published"; cost and debt of 0 are real (an apprenticeship pays while training).
export function formatMoney(value, zeroIsKnown = false) {
  const number = Number(value);
  if (value === undefined || value === null || Number.isNaN(number) || number < 0) return t("common.unknown");
  if (number === 0 && !zeroIsKnown) return t("common.unknown");
  return new Intl.NumberFormat(current === "es" ? "es-US" : "en-US", {
    style: "currency", currency: "USD", maximumFractionDigits: 0,
  }).format(number);
}

export function formatNumber(value, digits = 0) {
  if (value === undefined || value === null || Number.isNaN(Number(value))) return t("common.unknown");
  return new Intl.NumberFormat(current === "es" ? "es-US" : "en-US", { maximumFractionDigits: digits }).format(Number(value));
}

export function formatDate(value) {
  if (!value) return t("common.unknown");
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return t("common.unknown");
  return new Intl.DateTimeFormat(current === "es" ? "es-US" : "en-US", { dateStyle: "medium", timeStyle: "short" }).format(date);
}
