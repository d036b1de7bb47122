// Sign-in through the local development issuer: pick a role and the ids a district sign-in would supply.

import { post, saveSession } from "../api.js";
import { h } from "../dom.js";
import { t } from "../i18n.js";
import { errorBox, navigate } from "../app.js";

const ROLES = ["student", "guardian", "counselor", "administrator", "partner"];

export async function renderSignIn(main, params) {
  const role = params.get("role") || "student";
  const status = h("div", { "aria-live": "polite" });
  const roleSelect = h("select", { id: "role", name: "role" },
    ROLES.map((name) => h("option", { value: name, selected: name === role }, t(`roles.${name}`))));
  const tenant = h("input", { id: "tenant", name: "tenant", required: true, autocomplete: "off",
    value: params.get("tenant") || localStorage.getItem("trailmap.tenant") || "" });
  const studentId = h("input", { id: "student-id", name: "student_id", autocomplete: "off",
    value: params.get("student") || "" });
  const counselorId = h("input", { id: "counselor-id", name: "counselor_id", autocomplete: "off",
    value: params.get("counselor") || "" });
  const studentField = h("div", { class: "field" },
    h("label", { for: "student-id" }, t("signin.studentId")), studentId);
  const counselorField = h("div", { class: "field" },
    h("label", { for: "counselor-id" }, t("signin.counselorId")),
    h("span", { class: "hint", id: "counselor-hint" }, t("signin.counselorHint")), counselorId);
  counselorId.setAttribute("aria-describedby", "counselor-hint");

  const showFields = () => {
    const value = roleSelect.value;
    studentField.hidden = !(value === "student" || value === "guardian");
    counselorField.hidden = value !== "counselor";
  };
  roleSelect.addEventListener("change", showFields);
  showFields();

  const form = h("form", { class: "card", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "role" }, t("signin.role")), roleSelect),
    h("div", { class: "field" }, h("label", { for: "tenant" }, t("signin.tenant")), tenant),
    studentField, counselorField,
    h("button", { type: "submit" }, t("signin.submit")), status);

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.replaceChildren();
    const body = { role: roleSelect.value, tenant: tenant.value.trim() };
    if (!studentField.hidden) body.student_id = studentId.value.trim();
    if (!counselorField.hidden) body.counselor_id = counselorId.value.trim();
    try {
      const response = await post("/dev/token", body);
      saveSession(response.access_token, response.session);
      localStorage.setItem("trailmap.tenant", body.tenant);
      navigate("#/");
    } catch (error) {
      status.append(errorBox(error));
      const field = { tenant, student_id: studentId, counselor_id: counselorId }[error.field];
      if (field) field.focus();
    }
  });

  main.append(h("h1", {}, t("signin.title")), h("p", {}, t("signin.intro")), form);
}
