// "What are the steps": the route map for one goal, route details, comparison and what-if.

import { post, put, session } from "../api.js";
import { announce, bar, h } from "../dom.js";
import { englishNote, formatAmount, formatMoney, formatNumber, formatPercent, language, serviceText, t, vocabulary } from "../i18n.js";
import { errorBox } from "../app.js";
import { ROUTE_COLORS, drawRouteMap, legend, stepsAsText } from "./routemap.js";
import { cached, forget, goalOf, loadPlan, staffView, studentPath } from "./student.js";

const MAP_ROUTES = 6;
const MAX_COMPARE = 3;

function allRoutes(result) {
  return (result.groups || []).flatMap((group) => group.routes || []).sort((a, b) => a.rank - b.rank);
}

function swatch(index) {
  const element = h("span", { class: "swatch", "aria-hidden": "true" });
  element.style.background = ROUTE_COLORS[index % ROUTE_COLORS.length];
  return element;
}

function years(value) {
  return t("common.years", { n: formatNumber(value, 1) });
}

export function factorBars(route) {
  return h("div", { class: "bars" }, (route.factors || []).flatMap((factor) => [
    h("span", {}, t(`factors.${factor.name}`)), bar(factor.score, t(`factors.${factor.name}`)),
    h("span", { class: "num-cell" }, `${Math.round(factor.score * 100)}%`)]));
}

// Whether the service answered in the UI's language: a response that names no language is English.
function answeredIn(response) {
  return (response && response.language) || "en";
}

function outlookFacts(outlook) {
  const fact = (label, value) => h("div", { class: "fact" }, h("span", { class: "label" }, label), h("span", { class: "value" }, value));
  const hasStatePay = outlook.state_median_pay !== undefined && outlook.state_median_pay !== null;
  return h("div", { class: "facts" },
    fact(t("outlook.years"), years(outlook.years_to_career)),
    fact(t("outlook.cost"), formatAmount(outlook.expected_cost, outlook.expected_cost_at_least)),
    fact(t("outlook.debt"), formatAmount(outlook.expected_debt, outlook.expected_debt_at_least)),
    fact(t("outlook.pay"), formatMoney(outlook.median_pay)),
    hasStatePay ? fact(t("outlook.statePay", { state: outlook.pay_state }), formatMoney(outlook.state_median_pay)) : null,
    fact(t("outlook.growth"), formatPercent(outlook.growth_pct)));
}

function compareTable(routes, indexOf, lang) {
  const rows = [
    ["compare.rank", (r) => String(r.rank)],
    ["compare.kind", (r) => t(`routeKinds.${r.kind}`)],
    ["outlook.years", (r) => years(r.outlook.years_to_career)],
    ["outlook.cost", (r) => formatAmount(r.outlook.expected_cost, r.outlook.expected_cost_at_least)],
    ["outlook.debt", (r) => formatAmount(r.outlook.expected_debt, r.outlook.expected_debt_at_least)],
    ["outlook.pay", (r) => formatMoney(r.outlook.median_pay)],
    ["compare.steps", (r) => String(r.steps.length)],
  ];
  const factorNames = [...new Set(routes.flatMap((route) => (route.factors || []).map((f) => f.name)))];
  return h("table", { id: "compare-table" },
    h("caption", {}, t("compare.caption")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("compare.route")),
      routes.map((route) => h("th", { scope: "col" }, swatch(indexOf(route)), " ", serviceText(route.title))))),
    h("tbody", {},
      rows.map(([key, value]) => h("tr", {}, h("th", { scope: "row" }, t(key)), routes.map((route) => h("td", {}, value(route))))),
      factorNames.map((name) => h("tr", {}, h("th", { scope: "row" }, t(`factors.${name}`)), routes.map((route) => {
        const factor = (route.factors || []).find((f) => f.name === name);
        return h("td", {}, factor ? `${Math.round(factor.score * 100)}%` : "—");
      }))),
      h("tr", {}, h("th", { scope: "row" }, t("compare.why")), routes.map((route) => h("td", {}, serviceText(route.explanation, lang))))));
}

const COURSE_STEP_KINDS = new Set(["hs_course", "cte", "dual_enrollment"]);

// Courses the what-if can name: the student's own, then every high-school course step of the routes,
// each once. A course step's key ends with the district course number.
function whatIfCourses(student, routes) {
  const byNumber = new Map();
  for (const c of [...(student.completed_courses || []), ...(student.current_courses || [])]) {
    if (c.number && !byNumber.has(c.number)) byNumber.set(c.number, c.name || "");
  }
  for (const step of routes.flatMap((route) => route.steps || [])) {
    if (!COURSE_STEP_KINDS.has(step.kind)) continue;
    const number = (step.key || "").split("|").pop();
    if (number && !byNumber.has(number)) byNumber.set(number, step.title || "");
  }
  return [...byNumber].map(([number, name]) => ({ number, name }));
}

// "Chemistry (4335SCI)" as picked from the list, or a bare course number.
function courseNumberOf(text) {
  const inParentheses = text.match(/\(([^()]+)\)\s*$/);
  return (inParentheses ? inParentheses[1] : text).trim();
}

function whatIfPanel(studentId, student, onetsoc, routes) {
  const courses = whatIfCourses(student, routes);
  const kind = h("select", { id: "whatif-kind" }, ["fail_course", "drop_course", "add_course", "add_dual_enrollment"]
    .map((value) => h("option", { value }, t(`whatIf.kinds.${value}`))));
  const course = h("input", { id: "whatif-course", list: "whatif-courses", autocomplete: "off", required: true });
  const options = h("datalist", { id: "whatif-courses" }, courses.map((c) => h("option", { value: c.number, label: c.name ? `${c.name} (${c.number})` : c.number })));
  const result = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "panel", novalidate: true },
    h("h3", {}, t("whatIf.title")), h("p", {}, t("whatIf.intro")),
    h("div", { class: "row" },
      h("div", { class: "field" }, h("label", { for: "whatif-kind" }, t("whatIf.change")), kind),
      h("div", { class: "field" }, h("label", { for: "whatif-course" }, t("whatIf.course")), course, options)),
    h("button", { type: "submit" }, t("whatIf.run")), result);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    result.replaceChildren(h("p", {}, t("shell.loading")));
    try {
      const response = await post(`/students/${encodeURIComponent(studentId)}/what-if`, {
        onetsoc, changes: [{ kind: kind.value, course_number: courseNumberOf(course.value) }], language: language() });
      const lang = answeredIn(response);
      const list = (items, render) => (items.length ? h("ul", {}, items.map(render)) : h("p", {}, t("whatIf.none")));
      result.replaceChildren(
        h("p", {}, h("strong", {}, response.summary ? serviceText(response.summary, lang) : t("whatIf.noChange"))),
        h("h4", {}, t("whatIf.closed")), list(response.closed || [], (r) => h("li", {}, serviceText(`${r.title}: ${r.reason}`, lang))),
        h("h4", {}, t("whatIf.opened")), list(response.opened || [], (r) => h("li", {}, serviceText(`${r.title}: ${r.reason}`, lang))),
        h("h4", {}, t("whatIf.moved")), list(response.moved || [], (r) => h("li", {},
          t("whatIf.moveLine", { title: r.title, before: r.rank_before, after: r.rank_after }),
          r.reason ? [" ", serviceText(r.reason, lang)] : "")));
      announce(response.summary || t("whatIf.noChange"));
    } catch (error) {
      result.replaceChildren(errorBox(error, { showApiMessage: true }));
    }
  });
  return form;
}

function goalPicker(studentId) {
  const input = h("input", { id: "goal-query", autocomplete: "off", required: true });
  const form = h("form", { class: "panel", role: "search" },
    h("div", { class: "field" }, h("label", { for: "goal-query" }, t("steps.pickGoal")), input),
    h("button", { type: "submit" }, t("steps.findRoutes")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    location.hash = `${studentPath(studentId, "steps")}?q=${encodeURIComponent(input.value.trim())}`;
  });
  return form;
}

// The map gets the width of its frame; when the lanes cannot fit, it scrolls sideways, the frame is a
// keyboard-scrollable region and a visible hint says so.
function fitMap(mapWrap, hint) {
  const scrolls = mapWrap.scrollWidth > mapWrap.clientWidth + 2;
  hint.hidden = !scrolls;
  if (scrolls) {
    mapWrap.setAttribute("tabindex", "0");
    mapWrap.setAttribute("role", "region");
    mapWrap.setAttribute("aria-label", t("map.scrollRegion"));
  } else {
    for (const name of ["tabindex", "role", "aria-label"]) mapWrap.removeAttribute(name);
  }
}

// "Showing 6 of 12" under the route picker, and a button that lists every route as text: the map keeps
// the top routes only.
function allRoutesPanel(studentId, body, routes, shownCount, totalRoutes) {
  const total = Math.max(totalRoutes || 0, routes.length);
  const panel = h("div", { id: "all-routes" }, h("p", { class: "hint", role: "status" },
    t("steps.showing", { shown: shownCount, total })));
  if (total <= shownCount) return panel;

  const list = h("div", { "aria-live": "polite" });
  const button = h("button", { type: "button", id: "show-all-routes" }, t("steps.showAll"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    list.replaceChildren(h("p", {}, t("shell.loading")));
    try {
      const everything = routes.length >= total ? routes : allRoutes(
        await post(`/students/${encodeURIComponent(studentId)}/routes/find`, { ...body, page_size: 100 }));
      list.replaceChildren(h("h4", {}, t("steps.allTitle", { total: everything.length })), stepsAsText(everything, "h5"));
      button.hidden = true;
    } catch (error) {
      button.disabled = false;
      list.replaceChildren(errorBox(error));
    }
  });
  panel.append(button, list);
  return panel;
}

export async function renderSteps(section, studentId, student, onetsocFromUrl, stillCurrent) {
  section.append(h("h2", { id: "tab-heading" }, t("student.tabs.steps")));
  const plan = await loadPlan(studentId);
  const query = new URLSearchParams(location.hash.split("?")[1] || "").get("q");
  const onetsoc = onetsocFromUrl || (query ? null : goalOf(student, plan));
  if (!onetsoc && !query) {
    section.append(h("p", {}, t("steps.noGoal")), goalPicker(studentId));
    return;
  }

  const lang = language();
  const body = onetsoc ? { onetsoc, page_size: 5, language: lang } : { career_query: query, page_size: 5, language: lang };
  const result = await cached(`${studentId}:routes:${onetsoc || query}:${lang}`,
    () => post(`/students/${encodeURIComponent(studentId)}/routes/find`, body));
  if (!stillCurrent()) return;
  const career = result.career || {};
  const routes = allRoutes(result);
  const answered = answeredIn(result);
  const chosenRouteId = plan.plan && plan.plan.goal_onetsoc === career.onetsoc ? plan.plan.route_id : null;

  section.append(h("p", { class: "lead" }, t("steps.intro", { count: result.total_routes || routes.length }), " ",
    career.title, englishNote(), ". ", t("steps.timeRuns")),
    h("p", { class: "hint" }, t("steps.careerLine", { education: vocabulary("education", career.typical_education) || t("common.unknown"),
      pay: formatMoney(career.median_pay), growth: formatPercent(career.growth_pct) }), " ",
    h("a", { href: studentPath(studentId, "career", career.onetsoc) }, t("steps.aboutCareer"))));
  for (const note of result.notes || []) section.append(h("p", { class: "alert info" }, serviceText(note, answered)));
  if (!routes.length) {
    section.append(h("p", { class: "alert warn" }, t("steps.noRoutes")), goalPicker(studentId));
    return;
  }

  const onMap = routes.slice(0, MAP_ROUTES);
  const indexOf = (route) => onMap.findIndex((r) => r.route_id === route.route_id);
  let selected = chosenRouteId && onMap.some((r) => r.route_id === chosenRouteId) ? chosenRouteId : onMap[0].route_id;
  const compared = new Set();

  const mapWrap = h("div", { class: "map-wrap", id: "route-map-frame" });
  const scrollHint = h("p", { class: "map-scroll-hint", hidden: true }, t("map.scrollHint"));
  const details = h("div", { "aria-live": "polite" });
  const compareHolder = h("div");
  const picker = h("ul", { class: "route-picker", "aria-label": t("steps.routes") });
  const textList = h("details", {}, h("summary", {}, t("map.textAlternative")));

  // After a redraw, focus returns to the control that caused it (the buttons are rebuilt).
  const select = (routeId, focusId) => {
    selected = routeId;
    drawAll();
    if (focusId) document.getElementById(focusId)?.focus();
    announce(t("steps.selected", { title: onMap.find((r) => r.route_id === routeId).title }));
  };

  const drawDetails = () => {
    const route = onMap.find((r) => r.route_id === selected);
    const choose = h("button", { type: "button", id: "choose-route" },
      route.route_id === chosenRouteId ? t("steps.chosen") : t("steps.choose"));
    choose.disabled = route.route_id === chosenRouteId || (session() || {}).role === "guardian";
    choose.hidden = staffView() && route.route_id !== chosenRouteId;
    const status = h("div", { "aria-live": "polite" });
    choose.addEventListener("click", async () => {
      choose.disabled = true;
      try {
        await put(`/students/${encodeURIComponent(studentId)}/plan`, { onetsoc: career.onetsoc, route_id: route.route_id });
        forget(`${studentId}:plan`);
        forget(`${studentId}:student`);
        status.replaceChildren(h("p", { class: "alert info" }, t("steps.chooseDone", { title: route.title })),
          h("a", { href: studentPath(studentId, "progress") }, t("steps.seeProgress")));
      } catch (error) {
        choose.disabled = false;
        status.replaceChildren(errorBox(error));
      }
    });
    details.replaceChildren(h("div", { class: "card", id: "route-details" },
      h("h3", {}, swatch(indexOf(route)), " ", t("map.routeNumber", { rank: route.rank }), ": ", serviceText(route.title)),
      h("div", { class: "row" }, choose), status,
      h("p", {}, h("strong", {}, t("steps.why")), " ", serviceText(route.explanation, answered)),
      factorBars(route), outlookFacts(route.outlook || {})));
  };

  const drawPicker = () => {
    picker.replaceChildren(...onMap.map((route, index) => {
      const showId = `show-route-${index}`;
      const show = h("button", { type: "button", class: "secondary", id: showId,
        "aria-pressed": String(route.route_id === selected) }, t("steps.show"));
      show.addEventListener("click", () => select(route.route_id, showId));
      const checkbox = h("input", { type: "checkbox", id: `compare-${index}`, checked: compared.has(route.route_id) });
      checkbox.addEventListener("change", () => {
        if (checkbox.checked && compared.size >= MAX_COMPARE) {
          checkbox.checked = false;
          announce(t("compare.max", { n: MAX_COMPARE }));
          return;
        }
        if (checkbox.checked) compared.add(route.route_id);
        else compared.delete(route.route_id);
        drawCompare();
      });
      const outlook = route.outlook || {};
      return h("li", { class: route.route_id === selected ? "selected" : "" },
        h("div", { class: "route-name" }, swatch(index), `${route.rank}. ${route.title}`),
        h("p", { class: "hint" }, `${t(`routeKinds.${route.kind}`)} · ${years(outlook.years_to_career)} · ${t("outlook.debtLine",
          { amount: formatAmount(outlook.expected_debt, outlook.expected_debt_at_least) })}`),
        h("div", { class: "row" }, show, h("label", { for: `compare-${index}` }, checkbox, " ", t("steps.compare"))));
    }));
  };

  const drawCompare = () => {
    const chosen = onMap.filter((route) => compared.has(route.route_id));
    compareHolder.replaceChildren(chosen.length >= 2 ? compareTable(chosen, indexOf, answered)
      : h("p", { class: "hint" }, t("compare.hint")));
  };

  let drawnWidth = 0;
  const drawMap = () => {
    drawnWidth = mapWrap.clientWidth;
    mapWrap.replaceChildren(drawRouteMap(onMap, result.later_moves, selected, (routeId) => select(routeId), drawnWidth - 2));
    fitMap(mapWrap, scrollHint);
  };

  const drawAll = () => {
    drawMap();
    textList.replaceChildren(textList.firstChild, stepsAsText(onMap, "h4"));
    drawPicker();
    drawDetails();
  };

  // Route details with "Choose this route" come right after the map and its text list, so the button is
  // a few Tab presses from the map; the route picker and comparison follow.
  section.append(h("h3", {}, t("steps.mapTitle")), legend(), scrollHint, mapWrap, textList, details,
    h("h3", {}, t("steps.routes")), picker, allRoutesPanel(studentId, body, routes, onMap.length, result.total_routes),
    h("h3", {}, t("compare.title")), compareHolder,
    whatIfPanel(studentId, student, career.onetsoc, routes));
  drawAll();
  drawCompare();
  new ResizeObserver(() => {
    if (Math.abs(mapWrap.clientWidth - drawnWidth) > 8) drawMap();
  }).observe(mapWrap);
}
