// "How am I doing": the chosen plan's milestones, on-track status with reasons and the credit audit.

import { h } from "../dom.js";
import { formatDate, roundNumbersInText, serviceText, t } from "../i18n.js";
import { auditTable, loadPlan, loadStudent, staffView, statusBadge, studentPath } from "./student.js";

// The progress service marks a student it has no transcript for with the status or a reason "no_transcript".
function hasNoTranscript(student, progress) {
  if (progress.status === "no_transcript") return true;
  return (progress.reasons || []).some((reason) => reason.code === "no_transcript");
}

// Reason codes whose plain sentence already covers the service's text, so the text is not repeated.
const SELF_EXPLAINED = new Set(["no_plan"]);

// A plain sentence per reason code (third person for staff), then the service's own words with numbers rounded.
function reasonItem(reason) {
  const code = reason.code || "unspecified";
  const plain = `${staffView() ? "reasonsStaff" : "reasonsPlain"}.${code}`;
  const details = reason.text && !SELF_EXPLAINED.has(code);
  return h("li", {}, t(plain), details ? h("span", { class: "hint" }, " (", serviceText(roundNumbersInText(reason.text)), ")") : null);
}

export async function renderProgress(section, studentId, stillCurrent) {
  section.append(h("h2", { id: "tab-heading" }, t("student.tabs.progress")));
  const [response, student] = await Promise.all([loadPlan(studentId), loadStudent(studentId)]);
  if (!stillCurrent()) return;
  const progress = response.progress || {};
  const plan = response.plan;
  const noTranscript = hasNoTranscript(student, progress);
  const reasons = (progress.reasons || []).filter((reason) => !(noTranscript && ["credit_deficit", "no_transcript"].includes(reason.code)));

  section.append(h("div", { class: "card", id: "progress-status" },
    h("p", {}, h("strong", {}, t("progress.status")), " ",
      noTranscript ? statusBadge("unknown") : statusBadge(progress.status)),
    noTranscript ? h("p", { class: "alert info" }, h("strong", {}, t("progress.noTranscript")), " ", t("progress.noTranscriptHint")) : null,
    reasons.length ? h("ul", {}, reasons.map(reasonItem)) : noTranscript ? null : h("p", {}, t("progress.noReasons")),
    progress.last_change_at ? h("p", { class: "hint" }, t("progress.lastChange", { when: formatDate(progress.last_change_at) })) : null));

  if (!plan) {
    // The no_plan reason above already states this, so only the student's action is added.
    const said = reasons.some((reason) => reason.code === "no_plan");
    if (!said) section.append(h("p", {}, t(staffView() ? "today.noPlanStaff" : "today.noPlan")));
    if (!staffView()) section.append(h("a", { class: "button", href: studentPath(studentId, "steps") }, t("progress.pickRoute")));
  } else {
    section.append(h("h3", {}, t("progress.planTitle", { goal: plan.goal_title })),
      h("p", {}, h("a", { href: studentPath(studentId, "steps", plan.goal_onetsoc) }, t("progress.openMap"))),
      h("ol", { class: "steps-text", id: "milestones" }, (plan.milestones || []).map((milestone) => h("li", { class: milestone.state },
        h("span", { class: "title" }, milestone.step.title), " — ", h("strong", {}, t(`milestone.${milestone.state}`)),
        milestone.reason ? [" (", serviceText(roundNumbersInText(milestone.reason)), ")"] : ""))));
  }

  section.append(h("h3", {}, t("progress.auditTitle")));
  const audit = progress.audit;
  if (noTranscript) {
    section.append(h("p", {}, t("progress.creditsAfterTranscript")));
    return;
  }
  if (audit && audit.note) section.append(h("p", { class: "alert info" }, serviceText(audit.note)));
  section.append(auditTable(audit));
}
