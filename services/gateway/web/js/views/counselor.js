// Counselor screens: the caseload ranked by urgency with the reason in words, and open alerts.

import { get, query, session } from "../api.js";
import { h } from "../dom.js";
import { formatDate, t } from "../i18n.js";
import { gradeText, statusBadge, studentPath } from "./student.js";

const URGENT = 50;

function counselorQuery(params) {
  const info = session();
  return info.role === "administrator" ? { counselor_id: params.get("counselor_id") || "" } : {};
}

function adminPicker(params) {
  const input = h("input", { id: "counselor-filter", value: params.get("counselor_id") || "", autocomplete: "off" });
  const form = h("form", { class: "row panel" },
    h("div", { class: "field" }, h("label", { for: "counselor-filter" }, t("caseload.counselorFilter")), input),
    h("button", { type: "submit" }, t("caseload.show")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `#/counselor${query({ counselor_id: input.value.trim() })}`;
  });
  return form;
}

export async function renderCounselor(main, parts, params, stillCurrent) {
  const info = session();
  if (parts[0] === "alerts") return renderAlerts(main, params, stillCurrent);

  main.append(h("h1", {}, t("caseload.title")), h("p", {}, t("caseload.intro")));
  if (info.role === "administrator") {
    main.append(adminPicker(params));
    if (!params.get("counselor_id")) return;
  }
  const response = await get(`/caseload${query({ ...counselorQuery(params), page_size: 500 })}`);
  if (!stillCurrent()) return;
  const entries = [...(response.entries || [])].sort((a, b) => (b.urgency || 0) - (a.urgency || 0));
  const offTrack = entries.filter((entry) => entry.status === "off_track").length;
  main.append(h("p", { role: "status" }, t("caseload.summary", { total: response.total_size || entries.length, offTrack })));
  if (!entries.length) {
    main.append(h("p", {}, t("caseload.empty")));
    return;
  }
  main.append(h("table", { id: "caseload" },
    h("caption", {}, t("caseload.caption")),
    h("thead", {}, h("tr", {}, ["student", "grade", "goal", "status", "reason", "lastChange"].map((key) =>
      h("th", { scope: "col" }, t(`caseload.columns.${key}`))))),
    h("tbody", {}, entries.map((entry) => h("tr", { class: entry.urgency >= URGENT ? "urgent" : "" },
      h("th", { scope: "row" }, h("a", { href: studentPath(entry.student_id, "steps", ...(entry.goal_onetsoc ? [entry.goal_onetsoc] : [])),
        "aria-label": t("caseload.openMap", { id: entry.display_name || entry.student_id }) },
        entry.display_name || entry.student_id),
        entry.display_name ? h("span", { class: "hint" }, ` ${entry.student_id}`) : null),
      h("td", { class: "num-cell" }, gradeText(entry.grade_level)),
      h("td", {}, entry.goal_title || t("caseload.noGoal")),
      h("td", {}, statusBadge(entry.status)),
      h("td", {}, entry.reason || "—"),
      h("td", {}, formatDate(entry.last_change_at)))))));
}

async function renderAlerts(main, params, stillCurrent) {
  const info = session();
  main.append(h("h1", {}, t("alerts.title")), h("p", {}, t("alerts.intro")));
  const response = await get(`/alerts${query({ ...(info.role === "administrator" ? { counselor_id: params.get("counselor_id") || "" } : {}), page_size: 200 })}`);
  if (!stillCurrent()) return;
  const alerts = [...(response.alerts || [])].sort((a, b) => (b.urgency || 0) - (a.urgency || 0));
  if (!alerts.length) {
    main.append(h("p", {}, t("alerts.empty")));
    return;
  }
  main.append(h("ol", { class: "result-list", id: "alerts" }, alerts.map((alert) => h("li", {},
    h("h2", {}, h("a", { href: studentPath(alert.student_id, "progress") }, t("alerts.student", { id: alert.student_id }))),
    h("p", {}, alert.text),
    h("p", { class: "hint" }, t("alerts.meta", { urgency: Math.round(alert.urgency), when: formatDate(alert.created_at),
      code: t(`reasonCodes.${alert.code}`) })),
    h("a", { href: studentPath(alert.student_id, "steps") }, t("alerts.openMap"))))));
}
