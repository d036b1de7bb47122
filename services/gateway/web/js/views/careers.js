// Career search and the "what tomorrow looks like" card for one career.

import { ApiError, get, post, query, session } from "../api.js";
import { h } from "../dom.js";
import { englishNote, formatMoney, formatNumber, formatPercent, serviceText, t, vocabulary } from "../i18n.js";
import { forget, studentPath } from "./student.js";

function careerHref(onetsoc) {
  const info = session();
  if (info && (info.role === "student" || info.role === "guardian")) return studentPath(info.student_id, "career", onetsoc);
  return `#/career/${encodeURIComponent(onetsoc)}`;
}

export async function renderExplore(main, parts, params, stillCurrent) {
  if (parts[0] === "career" && parts[1]) return renderCareerPage(main, parts[1], { stillCurrent });

  const term = params.get("q") || "";
  const input = h("input", { id: "career-search", type: "search", value: term, autocomplete: "off" });
  const form = h("form", { role: "search", class: "row panel" },
    h("div", { class: "field" }, h("label", { for: "career-search" }, t("explore.searchLabel")), input),
    h("button", { type: "submit" }, t("explore.search")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/explore${query({ q: input.value.trim() })}`;
  });
  main.append(h("h1", {}, t("explore.title")), h("p", {}, t("explore.intro")), form);
  if (!term) return;

  const response = await get(`/careers${query({ q: term, page_size: 25 })}`);
  if (!stillCurrent()) return;
  const careers = response.careers || [];
  main.append(h("p", { role: "status" }, t("explore.count", { count: careers.length, term })));
  main.append(h("ul", { class: "result-list", id: "career-results" }, careers.map((career) => h("li", {},
    h("h2", {}, h("a", { href: careerHref(career.onetsoc) }, career.title), englishNote()),
    h("p", { class: "hint" }, t("explore.line", { code: career.onetsoc, pay: formatMoney(career.median_wage) })),
    career.matched_title && career.matched_title !== career.title
      ? h("p", { class: "hint" }, t("explore.matched", { title: career.matched_title })) : null))));
}

function fact(label, value, hint) {
  return h("div", { class: "fact" }, h("span", { class: "label" }, label), h("span", { class: "value" }, value),
    hint ? h("span", { class: "label" }, hint) : null);
}

// The state for state pay: the student's home state, else the state of their district as the catalog
// stores it. A district without a stored state, or one the catalog lacks, gives national pay only.
export async function studentState(student) {
  const home = student && student.aspirations && student.aspirations.home_state;
  if (home) return home;
  const districtId = student && student.district_id;
  if (!districtId) return "";
  try {
    const district = await get(`/districts/${encodeURIComponent(districtId)}`);
    return district.state || "";
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return "";
    throw error;
  }
}

// The card: pay in the student's state and nationally, growth and openings, education, a day's tasks.
export async function careerCard(onetsoc, { student } = {}) {
  const state = await studentState(student);
  const career = await get(`/careers/${encodeURIComponent(onetsoc)}${query({ state })}`);
  const outlook = career.outlook || {};
  const statePay = state
    ? fact(t("career.statePay", { state: outlook.state || state }), formatMoney(outlook.state_median_wage))
    : null;
  const thousands = outlook.openings_annual_thousands;
  const openings = thousands === undefined || thousands === null ? null : thousands * 1000;
  return h("article", { class: "card career-card", "aria-labelledby": `career-${onetsoc}` },
    h("h2", { id: `career-${onetsoc}` }, career.title, englishNote()),
    h("p", { class: "hint" }, `O*NET-SOC ${career.onetsoc}`,
      outlook.bright_outlook ? h("span", {}, " · ", h("span", { class: "badge on_track" }, t("career.brightOutlook"))) : null),
    career.description ? h("p", {}, serviceText(career.description)) : null,
    h("div", { class: "facts" },
      fact(t("career.nationalPay"), formatMoney(outlook.median_wage)),
      statePay,
      fact(t("career.growth"), formatPercent(outlook.growth_pct), t("career.growthYears")),
      fact(t("career.openings"), formatNumber(openings), t("career.perYear")),
      fact(t("career.education"), vocabulary("education", outlook.typical_education) || t("common.unknown"))),
    (career.daily_tasks || []).length ? h("div", {}, h("h3", {}, t("career.tasks"), englishNote()),
      h("ul", {}, career.daily_tasks.slice(0, 6).map((task) => h("li", {}, task)))) : null,
    (career.related_careers || []).length ? h("div", {}, h("h3", {}, t("career.related")),
      h("ul", {}, career.related_careers.slice(0, 5).map((related) => h("li", {},
        h("a", { href: careerHref(related.onetsoc) }, related.title))))) : null,
    h("p", { class: "hint attribution" }, career.attribution || t("career.attribution")));
}

export async function renderCareerPage(main, onetsoc, { studentId, student, stillCurrent }) {
  const card = await careerCard(onetsoc, { student });
  if (!stillCurrent()) return;
  main.append(h(studentId ? "h2" : "h1", {}, t("career.pageTitle")), card);
  if (studentId) {
    main.append(h("p", { class: "row" },
      h("a", { class: "button", id: "see-routes", href: studentPath(studentId, "steps", onetsoc) }, t("direction.seeRoutes")),
      goalButton(studentId, student, onetsoc)));
  }
}

// "Make this my goal": adds the career to the student's target careers without choosing a route.
function goalButton(studentId, student, onetsoc) {
  if ((session() || {}).role !== "student") return null;
  const targets = (student && student.aspirations && student.aspirations.target_onetsoc) || [];
  const status = h("span", { role: "status" });
  const button = h("button", { type: "button", id: "make-goal" },
    targets.includes(onetsoc) ? t("career.isGoal") : t("career.makeGoal"));
  button.disabled = targets.includes(onetsoc);
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await post(`/students/${encodeURIComponent(studentId)}/goals`, { onetsoc });
      forget(`${studentId}:student`);
      button.textContent = t("career.isGoal");
      status.textContent = t("career.goalDone");
    } catch (error) {
      button.disabled = false;
      status.textContent = error.message;
    }
  });
  return h("span", {}, button, " ", status);
}
