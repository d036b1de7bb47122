// Interest inventory (like / not sure / dislike per activity) and the work-values sort.

import { get, put } from "../api.js";
import { announce, h } from "../dom.js";
import { has, t } from "../i18n.js";
import { errorBox, navigate } from "../app.js";
import { forget, studentPath } from "./student.js";

const PAGE_SIZE = 10;
const ANSWERS = ["like", "not_sure", "dislike"];
const VALUES = ["achievement", "working_conditions", "recognition", "relationships", "support", "independence"];

// O*NET activity statements are English; Spanish comes from the string tables when a translation exists.
function itemText(item) {
  const key = `inventoryItems.${item.item_id.replaceAll(".", "_")}`;
  return has(key) ? t(key) : item.text;
}

export async function renderInventory(main, studentId, stillCurrent) {
  const inventory = await get(`/students/${encodeURIComponent(studentId)}/inventory`);
  if (!stillCurrent()) return;
  const answers = new Map((inventory.current_answers || []).map((answer) => [answer.item_id, answer.answer]));
  const items = inventory.items || [];
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const firstOpen = items.findIndex((item) => !answers.has(item.item_id));
  let page = firstOpen < 0 ? 0 : Math.floor(firstOpen / PAGE_SIZE);

  const status = h("div", { "aria-live": "polite" });
  const progressFill = h("span");
  const progressText = h("p", { class: "hint" });
  const form = h("form", { novalidate: true });
  main.append(h("h2", {}, t("inventory.title")), h("p", {}, t("inventory.intro")),
    h("div", { class: "progressbar", "aria-hidden": "true" }, progressFill), progressText, form, status);

  const updateProgress = () => {
    const done = items.filter((item) => answers.has(item.item_id)).length;
    progressFill.style.width = `${items.length ? Math.round((done / items.length) * 100) : 0}%`;
    progressText.textContent = t("inventory.progress", { done, total: items.length, page: page + 1, pages });
  };

  const save = async () => {
    const slice = items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const body = { answers: slice.filter((item) => answers.has(item.item_id))
      .map((item) => ({ item_id: item.item_id, answer: answers.get(item.item_id) })) };
    if (!body.answers.length) return null;
    return put(`/students/${encodeURIComponent(studentId)}/inventory`, body);
  };

  const draw = () => {
    const slice = items.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    form.replaceChildren(...slice.map((item) => {
      const name = `item-${item.item_id}`;
      return h("fieldset", { class: "inventory-item" },
        h("legend", {}, `${item.position}. ${itemText(item)}`),
        h("div", { class: "choices" }, ANSWERS.map((answer) => {
          const input = h("input", { type: "radio", name, value: answer, checked: answers.get(item.item_id) === answer });
          input.addEventListener("change", () => { answers.set(item.item_id, answer); updateProgress(); });
          return h("label", {}, input, h("span", {}, t(`inventory.answers.${answer}`)));
        })));
    }));
    const back = h("button", { type: "button", class: "secondary", disabled: page === 0 }, t("inventory.back"));
    back.addEventListener("click", async () => { await save(); page -= 1; draw(); form.querySelector("input").focus(); });
    const last = page === pages - 1;
    const next = h("button", { type: "submit" }, last ? t("inventory.finish") : t("inventory.next"));
    form.append(h("div", { class: "row" }, back, next));
    updateProgress();
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    status.replaceChildren();
    try {
      const result = await save();
      if (page < pages - 1) {
        page += 1;
        draw();
        announce(t("inventory.saved", { page: page + 1, pages }));
        form.querySelector("input").focus();
        return;
      }
      const missing = (result && result.missing_item_ids) || items.filter((item) => !answers.has(item.item_id)).map((item) => item.item_id);
      if (missing.length) {
        const index = items.findIndex((item) => item.item_id === missing[0]);
        page = Math.floor(index / PAGE_SIZE);
        draw();
        status.append(h("p", { class: "alert warn", role: "alert" }, t("inventory.missing", { count: missing.length })));
        return;
      }
      forget(`${studentId}:`);
      announce(t("inventory.done"));
      navigate(studentPath(studentId, "direction"));
    } catch (error) {
      status.append(errorBox(error));
    }
  });
  draw();
}

export async function renderValues(main, studentId, student, stillCurrent) {
  const ranked = [...(student.work_values || [])].sort((a, b) => a.rank - b.rank).map((value) => value.value);
  const order = ranked.length === VALUES.length ? ranked : [...VALUES];
  const status = h("div", { "aria-live": "polite" });
  const list = h("ol", { class: "sort-list", "aria-label": t("values.listLabel") });

  const draw = (focus) => {
    list.replaceChildren(...order.map((value, index) => {
      const up = h("button", { type: "button", class: "secondary", disabled: index === 0,
        "aria-label": t("values.moveUp", { value: t(`values.${value}.name`) }) }, "↑");
      const down = h("button", { type: "button", class: "secondary", disabled: index === order.length - 1,
        "aria-label": t("values.moveDown", { value: t(`values.${value}.name`) }) }, "↓");
      const move = (delta, direction) => {
        order.splice(index, 1);
        order.splice(index + delta, 0, value);
        draw({ value, direction });
        announce(t("values.moved", { value: t(`values.${value}.name`), rank: index + delta + 1 }));
      };
      up.addEventListener("click", () => move(-1, "up"));
      down.addEventListener("click", () => move(1, "down"));
      return h("li", { "data-value": value },
        h("span", { class: "value-text" }, h("strong", {}, t(`values.${value}.name`)), " — ", t(`values.${value}.text`)),
        up, down);
    }));
    if (focus) {
      const item = list.querySelector(`[data-value="${focus.value}"]`);
      const buttons = item.querySelectorAll("button");
      const target = focus.direction === "up" ? buttons[0] : buttons[1];
      // At the top or bottom the pressed button is disabled, so focus moves to the other one.
      const other = focus.direction === "up" ? buttons[1] : buttons[0];
      if (target.disabled) other.focus();
      else target.focus();
    }
  };

  const saveButton = h("button", { type: "button" }, t("values.save"));
  saveButton.addEventListener("click", async () => {
    status.replaceChildren();
    try {
      await put(`/students/${encodeURIComponent(studentId)}/values`, { order });
      forget(`${studentId}:`);
      announce(t("values.saved"));
      navigate(studentPath(studentId, "direction"));
    } catch (error) {
      status.append(errorBox(error));
    }
  });

  main.append(h("h2", {}, t("values.title")), h("p", {}, t("values.intro")), list, saveButton, status);
  draw();
}
