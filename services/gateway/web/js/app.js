// Single-page app: hash routes, the page shell (navigation, language, session) and screen dispatch.

import { clearSession, session } from "./api.js";
import { clear, h } from "./dom.js";
import { initialLanguage, setLanguage, t } from "./i18n.js";
import { renderSignIn } from "./views/signin.js";
import { renderStudent } from "./views/student.js";
import { renderCounselor } from "./views/counselor.js";
import { renderExplore } from "./views/careers.js";

const main = document.getElementById("main");

function parseHash() {
  const [path, search = ""] = (location.hash.replace(/^#/, "") || "/").split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(search) };
}

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function homeFor(info) {
  if (!info) return "#/signin";
  if (info.role === "student" || info.role === "guardian") return `#/s/${encodeURIComponent(info.student_id)}/direction`;
  if (info.role === "counselor" || info.role === "administrator") return "#/counselor";
  return "#/explore";
}

function renderNav(info, parts) {
  const nav = clear(document.getElementById("main-nav"));
  const links = [];
  if (info && (info.role === "student" || info.role === "guardian")) {
    links.push([homeFor(info), t("nav.myPlan"), parts[0] === "s"]);
  }
  if (info && (info.role === "counselor" || info.role === "administrator")) {
    links.push(["#/counselor", t("nav.caseload"), parts[0] === "counselor" && parts[1] !== "alerts"]);
    links.push(["#/counselor/alerts", t("nav.alerts"), parts[0] === "counselor" && parts[1] === "alerts"]);
  }
  if (info) links.push(["#/explore", t("nav.explore"), parts[0] === "explore" || parts[0] === "career"]);
  for (const [href, label, active] of links) {
    nav.append(h("a", { href, "aria-current": active ? "page" : undefined }, label));
  }
  const label = document.getElementById("session-label");
  label.textContent = info ? t("shell.signedInAs", { role: t(`roles.${info.role}`), tenant: info.tenant }) : "";
  document.getElementById("sign-out").hidden = !info;
}

let renderToken = 0;

export async function route() {
  const { parts, params } = parseHash();
  const info = session();
  renderNav(info, parts);
  const token = ++renderToken;
  const stillCurrent = () => token === renderToken;

  if (!info && parts[0] !== "signin") {
    navigate("#/signin");
    return;
  }
  clear(main);
  try {
    if (parts[0] === "signin") await renderSignIn(main, params);
    else if (parts[0] === "s" && parts[1]) await renderStudent(main, parts.slice(1), params, stillCurrent);
    else if (parts[0] === "counselor") await renderCounselor(main, parts.slice(1), params, stillCurrent);
    else if (parts[0] === "explore" || parts[0] === "career") await renderExplore(main, parts, params, stillCurrent);
    else navigate(homeFor(info));
  } catch (error) {
    if (!stillCurrent()) return;
    main.append(errorBox(error));
  }
  if (stillCurrent()) {
    const heading = main.querySelector("h1");
    document.title = heading ? `${heading.textContent} · Trailmap` : "Trailmap";
  }
}

// showApiMessage: a 404 shows the API's message and fix (e.g. an unknown course number in a what-if)
// instead of the page-level "not found" text.
export function errorBox(error, { showApiMessage = false } = {}) {
  const box = h("div", { class: "alert error", role: "alert" });
  if (error && error.status === 401) {
    box.append(h("p", {}, t("errors.signedOut")), h("a", { href: "#/signin" }, t("signin.title")));
    return box;
  }
  if (error && error.status === 404 && !showApiMessage) {
    box.append(h("p", {}, t("errors.notFound")));
    return box;
  }
  box.append(h("p", {}, error && error.message ? error.message : String(error)));
  if (error && error.fix) box.append(h("p", {}, `${t("errors.fix")}: ${error.fix}`));
  if (error && error.requestId) box.append(h("p", { class: "hint" }, `${t("errors.requestId")}: ${error.requestId}`));
  return box;
}

async function start() {
  await setLanguage(initialLanguage());
  const select = document.getElementById("lang-select");
  select.value = document.documentElement.lang;
  select.addEventListener("change", async () => {
    await setLanguage(select.value);
    route();
  });
  document.getElementById("sign-out").addEventListener("click", () => {
    clearSession();
    navigate("#/signin");
  });
  window.addEventListener("hashchange", () => {
    route();
    main.focus({ preventScroll: true });
  });
  route();
}

start();
