// Student and family screens: the five questions as tabs, plus the inventory and values sort.

import { get, session } from "../api.js";
import { bar, h } from "../dom.js";
import { englishNote, formatCredits, formatDate, serviceText, t, vocabulary } from "../i18n.js";
import { renderInventory, renderValues } from "./profile.js";
import { renderSteps } from "./routes.js";
import { careerCard, renderCareerPage } from "./careers.js";
import { renderProgress } from "./progress.js";

export const TABS = ["direction", "steps", "today", "tomorrow", "progress"];
const cache = new Map();

export function studentPath(studentId, ...rest) {
  return `#/s/${[studentId, ...rest].map(encodeURIComponent).join("/")}`;
}

// Cached reads of one student's record; `forget` drops them after a change.
export async function cached(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((error) => { cache.delete(key); throw error; }));
  return cache.get(key);
}

export function forget(prefix) {
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
}

// Counselors and administrators read a student's screens: third-person text, no student-only actions.
// NOTE: tab titles and the interest and values summaries still address the student.
export function staffView() {
  const role = (session() || {}).role;
  return role === "counselor" || role === "administrator";
}

export const loadStudent = (id) => cached(`${id}:student`, () => get(`/students/${encodeURIComponent(id)}`));
export const loadPlan = (id) => cached(`${id}:plan`, () => get(`/students/${encodeURIComponent(id)}/plan`));
export const loadMatches = (id) => cached(`${id}:matches`, () => get(`/students/${encodeURIComponent(id)}/matches?page_size=10`));

// The goal shown on the route map: the URL's career, else the plan's goal, else the first aspiration.
export function goalOf(student, plan) {
  if (plan && plan.plan && plan.plan.goal_onetsoc) return plan.plan.goal_onetsoc;
  const targets = (student.aspirations && student.aspirations.target_onetsoc) || [];
  return targets[0] || null;
}

function tabNav(studentId, active) {
  return h("nav", { "aria-label": t("student.questions") },
    h("ul", { class: "subnav" }, TABS.map((tab, index) => h("li", {},
      h("a", { href: studentPath(studentId, tab), "aria-current": tab === active ? "page" : undefined },
        h("span", { class: "num", "aria-hidden": "true" }, String(index + 1)), t(`student.tabs.${tab}`))))));
}

export async function renderStudent(main, parts, params, stillCurrent) {
  const [studentId, screen = "direction", ...rest] = parts;
  const student = await loadStudent(studentId);
  if (!stillCurrent()) return;

  main.append(h("h1", {}, t("student.title", { id: studentId, grade: gradeText(student.grade || "?") })));
  if (screen === "inventory") return renderInventory(main, studentId, stillCurrent);
  if (screen === "values") return renderValues(main, studentId, student, stillCurrent);
  if (screen === "career") return renderCareerPage(main, rest[0], { studentId, student, stillCurrent });

  main.append(tabNav(studentId, screen));
  const section = h("section", { "aria-labelledby": "tab-heading" });
  main.append(section);
  if (screen === "direction") return renderDirection(section, studentId, student, stillCurrent);
  if (screen === "steps") return renderSteps(section, studentId, student, rest[0], stillCurrent);
  if (screen === "today") return renderToday(section, studentId, student, stillCurrent);
  if (screen === "tomorrow") return renderTomorrow(section, studentId, student, stillCurrent);
  if (screen === "progress") return renderProgress(section, studentId, stillCurrent);
  section.append(h("h2", { id: "tab-heading" }, t("errors.notFound")));
}

function interestSummary(student) {
  const result = student.interests;
  if (!result || !result.scores || !result.scores.length) {
    return h("p", {}, t("direction.noInterests"));
  }
  // Only areas that scored above 0 count as top areas; the letters are spelled out in words.
  const areaOf = Object.fromEntries(result.scores.map((score) => [score.area.charAt(0).toUpperCase(), score]));
  const letters = [...String(result.holland_code || "")].filter((letter) => (areaOf[letter] || {}).normalized > 0);
  const summary = result.undifferentiated || !letters.length
    ? t("direction.undifferentiated")
    : t("direction.hollandCode", { code: `${letters.join("")}: ${letters.map((letter) => t(`riasecName.${letter}`)).join(", ")}` });
  return h("div", {},
    h("p", {}, summary),
    h("div", { class: "bars" }, result.scores.flatMap((score) => [
      h("span", {}, t(`riasec.${score.area}`)), bar(score.normalized, t(`riasec.${score.area}`)),
      h("span", { class: "num-cell" }, `${Math.round(score.normalized * 100)}%`)])));
}

function valuesSummary(student) {
  const values = [...(student.work_values || [])].sort((a, b) => a.rank - b.rank);
  if (!values.length) return h("p", {}, t("direction.noValues"));
  return h("ol", {}, values.map((value) => h("li", {}, t(`values.${value.value}.name`))));
}

// Fit in words for a 0-1 factor value, for students and families.
function fitWords(value) {
  if (value >= 0.75) return t("direction.fit.strong");
  if (value >= 0.55) return t("direction.fit.good");
  return t("direction.fit.some");
}

// Plain reasons for a match: the service's correlation sentence ("correlates 0.79") becomes words, the
// other reasons are shown as sent (in English, labelled so in Spanish).
function matchReasons(match) {
  const correlation = (match.factors || []).find((factor) => factor.name === "interest_correlation");
  const reasons = (match.reasons || []).filter((reason) => !correlation || reason !== correlation.explanation);
  const items = reasons.map((reason) => h("li", {}, serviceText(reason)));
  if (correlation) items.push(h("li", {}, t("direction.interestFit", { fit: fitWords(correlation.value) })));
  return items;
}

function interestWords(code) {
  return [...String(code || "")].map((letter) => t(`riasecShort.${letter}`)).join(", ");
}

export function matchList(studentId, matches) {
  return h("ol", { class: "result-list", "aria-label": t("direction.matches") }, matches.map((match) => h("li", {},
    h("h3", {}, h("a", { href: studentPath(studentId, "career", match.onetsoc) }, match.title), englishNote()),
    h("p", { class: "hint" }, t("direction.matchLine", { score: Math.round(match.score * 100) }),
      match.holland_code ? ` · ${t("direction.careerInterests", { areas: interestWords(match.holland_code) })}` : "",
      match.job_zone ? ` · ${t(`jobZones.${match.job_zone}`)}` : ""),
    h("ul", { class: "reasons" }, matchReasons(match)),
    h("p", {}, h("a", { class: "button secondary", href: studentPath(studentId, "steps", match.onetsoc) },
      t("direction.seeRoutes"))))));
}

// A link to the goal's route map, labelled with the career title once the catalog returns it.
function goalLink(studentId, code) {
  const link = h("a", { href: studentPath(studentId, "steps", code) }, code);
  cached(`career:${code}`, () => get(`/careers/${encodeURIComponent(code)}`))
    .then((career) => { link.textContent = career.title; })
    .catch(() => {});
  return link;
}

async function renderDirection(section, studentId, student, stillCurrent) {
  section.append(h("h2", { id: "tab-heading" }, t("student.tabs.direction")), h("p", {}, t("direction.intro")));
  const goals = (student.aspirations && student.aspirations.target_onetsoc) || [];
  // Staff see the answers but not the quiz and sorting buttons, which are the student's to use.
  const staff = staffView();
  const quizDone = student.interests && (student.interests.scores || []).length;
  section.append(h("div", { class: "grid" },
    h("div", { class: "card" }, h("h3", {}, t("direction.interests")), interestSummary(student),
      staff ? null : h("a", { class: "button", href: studentPath(studentId, "inventory") },
        t(quizDone ? "direction.retakeInventory" : "direction.takeInventory"))),
    h("div", { class: "card" }, h("h3", {}, t("direction.values")), valuesSummary(student),
      staff ? null : h("a", { class: "button", href: studentPath(studentId, "values") }, t("direction.sortValues"))),
    h("div", { class: "card" }, h("h3", {}, t("direction.goals")),
      goals.length ? h("ul", {}, goals.map((code) => h("li", {}, goalLink(studentId, code))))
        : h("p", {}, t(staff ? "direction.noGoalsStaff" : "direction.noGoals")),
      h("a", { class: "button secondary", href: "#/explore" }, t("direction.searchCareers")))));

  section.append(h("h3", {}, t("direction.matches")));
  const holder = h("div", { "aria-busy": "true" }, h("p", {}, t("shell.loading")));
  section.append(holder);
  try {
    const matches = await loadMatches(studentId);
    if (!stillCurrent()) return;
    holder.replaceChildren(matches.matches && matches.matches.length ? matchList(studentId, matches.matches)
      : h("p", {}, t("direction.noMatches")));
  } catch (error) {
    holder.replaceChildren(h("p", { class: "alert info" }, error.status === 400 || error.status === 409
      ? t("direction.finishInventory") : error.message));
  }
  holder.removeAttribute("aria-busy");
}

async function renderToday(section, studentId, student, stillCurrent) {
  section.append(h("h2", { id: "tab-heading" }, t("student.tabs.today")), h("p", {}, t("today.intro")));
  const plan = await loadPlan(studentId);
  if (!stillCurrent()) return;
  const milestones = (plan.plan && plan.plan.milestones) || [];
  const done = milestones.filter((m) => m.state === "done");
  const next = milestones.filter((m) => m.state === "next");
  const closed = milestones.filter((m) => m.state === "closed");

  section.append(h("div", { class: "grid" },
    h("div", { class: "card" }, h("h3", {}, t("today.completed")),
      (student.completed_courses || []).length
        ? h("ul", {}, student.completed_courses.map((course) => h("li", {},
          `${course.name || course.number} (${course.term || ""}) `,
          course.passed ? t("today.passed") : h("strong", {}, t("today.notPassed")))))
        : h("p", {}, t("today.noCourses"))),
    h("div", { class: "card" }, h("h3", {}, t("today.current")),
      (student.current_courses || []).length
        ? h("ul", {}, student.current_courses.map((course) => h("li", {}, course.name || course.number)))
        : h("p", {}, t("today.noCurrent"))),
    h("div", { class: "card" }, h("h3", {}, t("today.onPlan")),
      plan.plan ? h("div", {},
        h("p", {}, t("today.countsToward", { count: done.length, goal: plan.plan.goal_title })),
        next.length ? h("p", {}, h("strong", {}, t("today.nextStep")), " ", next.map((m) => m.step.title).join(", ")) : null,
        closed.length ? h("ul", {}, closed.map((m) => h("li", { class: "alert warn" }, `${m.step.title}: `, serviceText(m.reason)))) : null)
        : h("p", {}, t(staffView() ? "today.noPlanStaff" : "today.noPlan")))));
}

async function renderTomorrow(section, studentId, student, stillCurrent) {
  section.append(h("h2", { id: "tab-heading" }, t("student.tabs.tomorrow")), h("p", {}, t("tomorrow.intro")));
  const plan = await loadPlan(studentId);
  const goals = [...new Set([goalOf(student, plan), ...((student.aspirations && student.aspirations.target_onetsoc) || [])]
    .filter(Boolean))];
  if (!stillCurrent()) return;
  if (!goals.length) {
    section.append(h("p", {}, t("direction.noGoals")), h("a", { class: "button", href: studentPath(studentId, "direction") },
      t("tomorrow.pickGoal")));
    return;
  }
  for (const code of goals.slice(0, 3)) {
    const holder = h("div", {}, h("p", {}, t("shell.loading")));
    section.append(holder);
    try {
      holder.replaceChildren(await careerCard(code, { studentId, student }));
    } catch (error) {
      holder.replaceChildren(h("p", { class: "alert error" }, `${code}: ${error.message}`));
    }
  }
}

export function statusBadge(status) {
  return h("span", { class: `badge ${status || "unspecified"}` }, t(`status.${status || "unspecified"}`));
}

// A school grade as a number: the SIS sends CEDS codes such as "09"; codes without a number stay as sent.
export function gradeText(grade) {
  const number = Number.parseInt(grade, 10);
  return Number.isNaN(number) ? (grade || "—") : String(number);
}

// `precise` keeps the services' credit figures (counselor screens); students see one decimal.
export function auditTable(audit, { precise = false } = {}) {
  if (!audit || !audit.subjects) return h("p", {}, t("progress.noAudit"));
  const credits = (value) => (precise ? String(value ?? 0) : formatCredits(value));
  // Without a transcript the service sends earned and behind as 0, meaning "not known".
  const unknown = Boolean(audit.earned_unknown);
  const earned = (value) => (unknown ? t("common.unknown") : credits(value));
  const caption = unknown
    ? t("progress.auditCaptionUnknown", { required: credits(audit.total_required) })
    : t("progress.auditCaption", { earned: credits(audit.total_earned), required: credits(audit.total_required) });
  return h("table", {},
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, ["subject", "required", "earned", "inProgress", "behind"].map((key) =>
      h("th", { scope: "col" }, t(`progress.columns.${key}`))))),
    h("tbody", {}, audit.subjects.map((subject) => h("tr", {},
      h("th", { scope: "row" }, vocabulary("subjects", subject.subject)),
      h("td", { class: "num-cell" }, credits(subject.credits_required)),
      h("td", { class: "num-cell" }, earned(subject.credits_earned)),
      h("td", { class: "num-cell" }, credits(subject.credits_in_progress)),
      h("td", { class: "num-cell" }, unknown ? t("common.unknown")
        : subject.credits_behind > 0 ? h("strong", {}, credits(subject.credits_behind)) : "0")))));
}

export { formatDate };
