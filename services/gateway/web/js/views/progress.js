// "How am I doing": the chosen plan's milestones, on-track status with reasons and the credit audit.

import { h } from "../dom.js";
import { formatDate, t } from "../i18n.js";
import { auditTable, loadPlan, statusBadge, studentPath } from "./student.js";

export async function renderProgress(section, studentId, stillCurrent) {
  section.append(h("h2", { id: "tab-heading" }, t("student.tabs.progress")));
  const response = await loadPlan(studentId);
  if (!stillCurrent()) return;
  const progress = response.progress || {};
  const plan = response.plan;

  section.append(h("div", { class: "card" },
    h("p", {}, h("strong", {}, t("progress.status")), " ", statusBadge(progress.status)),
    (progress.reasons || []).length
      ? h("ul", {}, progress.reasons.map((reason) => h("li", {}, reason.text)))
      : h("p", {}, t("progress.noReasons")),
    progress.last_change_at ? h("p", { class: "hint" }, t("progress.lastChange", { when: formatDate(progress.last_change_at) })) : null));

  if (!plan) {
    section.append(h("p", {}, t("today.noPlan")),
      h("a", { class: "button", href: studentPath(studentId, "steps") }, t("progress.pickRoute")));
  } else {
    section.append(h("h3", {}, t("progress.planTitle", { goal: plan.goal_title })),
      h("p", {}, h("a", { href: studentPath(studentId, "steps", plan.goal_onetsoc) }, t("progress.openMap"))),
      h("ol", { class: "steps-text", id: "milestones" }, (plan.milestones || []).map((milestone) => h("li", { class: milestone.state },
        h("span", { class: "title" }, milestone.step.title), " — ", h("strong", {}, t(`milestone.${milestone.state}`)),
        milestone.reason ? ` (${milestone.reason})` : ""))));
  }

  section.append(h("h3", {}, t("progress.auditTitle")));
  const audit = progress.audit;
  if (audit && audit.note) section.append(h("p", { class: "alert info" }, audit.note));
  section.append(auditTable(audit));
}
