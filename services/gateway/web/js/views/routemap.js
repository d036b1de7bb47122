// The route map: an SVG transit map. Time runs left to right through the lanes. Each route is a
// colored line through its step nodes, and routes that share a step share its node.

import { h, svg } from "../dom.js";
import { t } from "../i18n.js";

export const LANES = ["this_year", "high_school", "after_high_school", "first_job", "later"];
// Steps done in an earlier school year get a lane of their own before this year, only when there are any.
const PAST_LANE = "past";
// Line colors keep at least 3:1 contrast on the map background.
export const ROUTE_COLORS = ["#0b6e4f", "#0a58ca", "#8a3ffc", "#b35c00", "#b3261e", "#00707a", "#6b4f00", "#c2185b"];

// Columns never get narrower than MIN_COLUMN, so a label keeps about 11 characters a line. A map that is
// still wider than its frame is scaled down to MIN_SCALE at most, and scrolls sideways beyond that. A
// lane with few columns gets at least MIN_LANE, so its label and steps have room.
const MIN_COLUMN = 66;
const MIN_LANE = 120;
const MIN_SCALE = 0.8;
const ROW = 104;
const LANE_GAP = 10;
const TOP = 70;
const LEFT = 10;
// Average glyph width of the 11.5 px step labels, used to wrap a label inside its column.
const CHAR_PX = 5.8;
const TITLE_LINES = 3;
// Program and apprenticeship titles are long ("Associate degree: Registered Nursing/…"), so they get more lines.
const LONG_TITLE_LINES = 4;
const LONG_TITLE_KINDS = new Set(["program", "apprenticeship"]);
const SHORT_LINES = 2;

function nodeId(step) {
  return `${step.kind}:${step.key}`;
}

// Pathfinding sets `derived` on steps that a Trailmap rule put on the route (`link_rule` names the rule):
// course-to-career links from SCED subject areas and O*NET knowledge areas, derived prerequisites and the
// generic bachelor's step. Catalog prerequisites and published data are not derived.
export function isDerived(step) {
  return step.derived === true;
}

const DERIVED_EXPLANATION_KEYS = {
  derived_prerequisite: "derived.prerequisiteExplanation",
  any_bachelor_admission: "derived.ruleExplanation",
};

export function derivedExplanation(step) {
  return t(DERIVED_EXPLANATION_KEYS[step.link_rule] || "derived.explanation");
}

// Wrap a label into at most `maxLines` lines of `chars` characters; the last line ends in "…" when cut.
export function labelLines(text, chars, maxLines) {
  const words = String(text || "").split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  for (const word of words) {
    if (!line) line = word;
    else if ((line + " " + word).length <= chars) line = `${line} ${word}`;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  const cut = lines.length > maxLines;
  const kept = lines.slice(0, maxLines).map((item) => (item.length > chars ? `${item.slice(0, chars - 1)}…` : item));
  if (cut && kept.length) {
    const last = kept[kept.length - 1];
    kept[kept.length - 1] = last.length >= chars ? `${last.slice(0, chars - 1)}…` : `${last}…`;
  }
  return kept;
}

// A label whose lines grow downward from `y`. The full text is its <title>, so a cut label still shows
// the whole text on hover. `lead` is an extra bold first line.
function label(x, y, text, className, { width, maxLines = TITLE_LINES, lead = null, leadClass = "" }) {
  const chars = Math.max(8, Math.floor(width / CHAR_PX));
  const leadLines = lead ? labelLines(lead, chars, 3) : [];
  const lines = [...leadLines, ...labelLines(text, chars, maxLines)];
  const element = svg("text", { x, y, "text-anchor": "middle", class: className });
  element.append(svg("title", {}, lead ? `${lead}: ${text}` : text));
  lines.forEach((line, index) => element.append(svg("tspan", { x, dy: index ? "1.15em" : 0,
    class: index < leadLines.length ? leadClass : undefined }, line)));
  return element;
}

// Place every distinct step once: lane by the step's lane, column by its latest position inside the
// lane on any route (so every route still runs left to right), row by the best-ranked route through it.
// `width` is the space the map may use; lanes share it in proportion to their columns.
export function layout(routes, laterMoves, width = 1120) {
  const nodes = new Map();
  const hasPast = routes.some((route) => route.steps.some((step) => step.lane === PAST_LANE));
  const lanes = hasPast ? [PAST_LANE, ...LANES] : LANES;
  const laneColumns = Object.fromEntries(lanes.map((lane) => [lane, 1]));

  routes.forEach((route, row) => {
    const perLane = {};
    for (const step of route.steps) {
      const lane = lanes.includes(step.lane) ? step.lane : "high_school";
      const index = perLane[lane] = (perLane[lane] ?? -1) + 1;
      const id = nodeId(step);
      const existing = nodes.get(id);
      if (existing) {
        existing.column = Math.max(existing.column, index);
        existing.routes.push(row);
      } else {
        nodes.set(id, { id, step, lane, column: index, row, routes: [row] });
      }
    }
  });

  // Two steps in one lane and row never share a column: a later one moves right.
  const taken = new Set();
  const ordered = [...nodes.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const node of ordered) {
    while (taken.has(`${node.lane}:${node.row}:${node.column}`)) node.column += 1;
    taken.add(`${node.lane}:${node.row}:${node.column}`);
    laneColumns[node.lane] = Math.max(laneColumns[node.lane], node.column + 1);
  }

  const moves = (laterMoves || []).slice(0, 3);
  laneColumns.later = Math.max(1, ...moves.map((move) => move.path.length));

  // Lanes share the width by columns; a lane that would be narrower than MIN_LANE gets MIN_LANE.
  const inner = width - 2 * LEFT - (lanes.length - 1) * LANE_GAP;
  const totalColumns = lanes.reduce((sum, lane) => sum + laneColumns[lane], 0);
  let column = inner / totalColumns;
  const narrow = lanes.filter((lane) => laneColumns[lane] * column < MIN_LANE);
  const wideColumns = totalColumns - narrow.reduce((sum, lane) => sum + laneColumns[lane], 0);
  if (narrow.length && wideColumns) column = (inner - narrow.length * MIN_LANE) / wideColumns;
  column = Math.max(MIN_COLUMN, column);

  const laneX = {};
  const laneWidth = {};
  let x = LEFT;
  for (const lane of lanes) {
    laneX[lane] = x;
    laneWidth[lane] = Math.max(MIN_LANE, laneColumns[lane] * column);
    x += laneWidth[lane] + LANE_GAP;
  }
  for (const node of nodes.values()) placeNode(node, laneX, laneWidth, laneColumns);
  const rows = Math.max(routes.length, moves.length, 1);
  return { lanes, nodes, laneX, laneWidth, laneColumns, width: x - LANE_GAP + LEFT, height: TOP + 30 + rows * ROW, moves };
}

// Position a node in its lane; its label sits below it, one column wide.
function placeNode(node, laneX, laneWidth, laneColumns) {
  const columnWidth = laneWidth[node.lane] / laneColumns[node.lane];
  node.x = laneX[node.lane] + (node.column + 0.5) * columnWidth;
  node.y = TOP + 30 + node.row * ROW;
  node.labelWidth = columnWidth - 2;
}

function segment(a, b) {
  if (Math.abs(a.y - b.y) < 1) return `M${a.x},${a.y} L${b.x},${b.y}`;
  const middle = (a.x + b.x) / 2;
  return `M${a.x},${a.y} C${middle},${a.y} ${middle},${b.y} ${b.x},${b.y}`;
}

function nodeShape(node, color, isNext) {
  const { kind, status } = node.step;
  const fill = status === "done" ? "#1b1f23" : "#ffffff";
  const stroke = status === "closed" ? "#b3261e" : "#1b1f23";
  const common = { class: "node-shape", fill, stroke, "stroke-width": 2.5 };
  const group = svg("g");
  if (isNext) {
    group.append(svg("circle", { cx: node.x, cy: node.y, r: 16, fill: "#ffd166", stroke: "#6b4500", "stroke-width": 2 }));
  }
  if (kind === "diploma") {
    group.append(svg("rect", { ...common, x: node.x - 9, y: node.y - 9, width: 18, height: 18,
      transform: `rotate(45 ${node.x} ${node.y})` }));
  } else if (kind === "program" || kind === "apprenticeship") {
    group.append(svg("rect", { ...common, x: node.x - 12, y: node.y - 9, width: 24, height: 18, rx: 4 }));
  } else if (kind === "entry_job" || kind === "career_move") {
    group.append(svg("circle", { ...common, cx: node.x, cy: node.y, r: 12 }));
    group.append(svg("circle", { cx: node.x, cy: node.y, r: 5, fill: color || "#1b1f23" }));
  } else {
    group.append(svg("circle", { ...common, cx: node.x, cy: node.y, r: 9 }));
  }
  if (status === "closed") {
    group.append(svg("path", { d: `M${node.x - 7},${node.y - 7} L${node.x + 7},${node.y + 7} M${node.x + 7},${node.y - 7} L${node.x - 7},${node.y + 7}`,
      stroke: "#b3261e", "stroke-width": 3 }));
  }
  return group;
}

// Only the highlighted step reads "Next step this term"; other steps open this year read "Can take this year".
function stepStatusText(step, isNext) {
  if (isNext) return t("map.nextThisTerm");
  return step.status === "next" ? t("map.canTakeThisYear") : t(`stepStatus.${step.status}`);
}

function stepDescription(step, isNext) {
  const parts = [t(`stepKinds.${step.kind}`), step.title, stepStatusText(step, isNext)];
  if (step.status_reason) parts.push(step.status_reason);
  if (isDerived(step)) parts.push(derivedExplanation(step));
  return parts.join(". ");
}

// The one step to highlight: the first step the route marks "next". Pathfinding marks one per route; if
// it marks several, the first still wins, so the map never shows more than one.
export function nextStepId(route) {
  const step = route && route.steps.find((item) => item.status === "next");
  return step ? nodeId(step) : null;
}

// Draw the map for `routes` (already ranked); `selected` is the route_id to highlight and `width` the
// space the map may use.
export function drawRouteMap(routes, laterMoves, selected, onSelectRoute, width) {
  const plan = layout(routes, laterMoves, width);
  const scale = width && plan.width > width && width / plan.width >= MIN_SCALE ? width / plan.width : 1;
  const titleId = `map-title-${Math.random().toString(36).slice(2, 8)}`;
  const root = svg("svg", { class: "route-map", width: Math.floor(plan.width * scale), height: Math.ceil(plan.height * scale),
    viewBox: `0 0 ${plan.width} ${plan.height}`, role: "img", "aria-labelledby": titleId });
  root.append(svg("title", { id: titleId }, t("map.svgTitle", { count: routes.length })));

  plan.lanes.forEach((lane, index) => {
    const x = plan.laneX[lane];
    const laneWidth = plan.laneWidth[lane];
    root.append(svg("rect", { x, y: 8, width: laneWidth, height: plan.height - 16, rx: 8,
      fill: index % 2 ? "#f4f6f8" : "#ffffff", stroke: "#c9d1d9" }));
    root.append(label(x + laneWidth / 2, 28, t(`lanes.${lane}`), "lane-label", { width: laneWidth - 8, maxLines: 2 }));
    const empty = lane === "later" ? !plan.moves.length : ![...plan.nodes.values()].some((node) => node.lane === lane);
    if (empty) {
      root.append(label(x + laneWidth / 2, plan.height - 40, t("map.emptyLane"), "step-label empty-lane",
        { width: laneWidth - 10, maxLines: 3 }));
    }
  });

  // Draw the other routes first, thin, so the selected route runs on top, thick.
  const order = routes.map((route, row) => row).sort((a, b) => (routes[a].route_id === selected) - (routes[b].route_id === selected));
  for (const row of order) {
    const route = routes[row];
    const points = route.steps.map((step) => plan.nodes.get(nodeId(step)));
    let d = "";
    for (let i = 1; i < points.length; i += 1) d += segment(points[i - 1], points[i]);
    const dim = selected && route.route_id !== selected;
    const line = svg("path", { d, class: `route-line${dim ? " dim" : ""}`, stroke: ROUTE_COLORS[row % ROUTE_COLORS.length],
      "data-route": route.route_id });
    line.append(svg("title", {}, `${t("map.routeNumber", { rank: route.rank })}: ${route.title}`));
    line.addEventListener("click", () => onSelectRoute && onSelectRoute(route.route_id));
    root.append(line);
  }

  // Later moves continue from the entry job of the selected (or first) route, dashed gray.
  const anchorRoute = routes.find((route) => route.route_id === selected) || routes[0];
  const nextId = nextStepId(anchorRoute);
  const entry = anchorRoute && [...anchorRoute.steps].reverse().find((step) => step.kind === "entry_job");
  const entryNode = entry && plan.nodes.get(nodeId(entry));
  const labels = [];
  const moveColumn = plan.laneWidth.later / plan.laneColumns.later;
  plan.moves.forEach((move, moveIndex) => {
    let previous = entryNode;
    move.path.forEach((career, column) => {
      const node = { x: plan.laneX.later + (column + 0.5) * moveColumn, y: TOP + 30 + moveIndex * ROW,
        step: { kind: "career_move", key: career.onetsoc, title: career.title, status: "todo" } };
      if (previous) root.append(svg("path", { d: segment(previous, node), class: "move-line" }));
      root.append(nodeShape(node, "#6b7785", false));
      labels.push(label(node.x, node.y + 26, career.title, "step-label", { width: moveColumn - 10 }));
      previous = node;
    });
  });

  for (const node of plan.nodes.values()) {
    const isNext = node.id === nextId;
    const color = ROUTE_COLORS[node.routes[0] % ROUTE_COLORS.length];
    const group = svg("g", { class: `node${isNext ? " next-step" : ""}`, "data-node": node.id, "data-status": node.step.status });
    group.append(svg("title", {}, stepDescription(node.step, isNext)));
    group.append(nodeShape(node, color, isNext));
    group.addEventListener("click", () => onSelectRoute && onSelectRoute(routes[node.routes[0]].route_id));
    root.append(group);
    labels.push(...nodeLabels(node, isNext));
  }
  // Labels go on top of every line and node, on a white halo, so no line runs through their text.
  root.append(svg("g", { class: "labels" }, labels));
  return root;
}

// The title below the node; the highlighted step adds "Next step this term" as a bold first line, and a
// closed step its reason under the title (cut to two lines, in full in the tooltip and the step list).
function nodeLabels(node, isNext) {
  const { step } = node;
  const closed = step.status === "closed";
  const labelClass = ["step-label", closed ? "closed-label" : "", isNext ? "next-label" : ""].join(" ").trim();
  const title = label(node.x, node.y + 28, step.title, labelClass, { width: node.labelWidth,
    maxLines: closed || isNext ? SHORT_LINES : LONG_TITLE_KINDS.has(step.kind) ? LONG_TITLE_LINES : TITLE_LINES, lead: isNext ? t("map.nextThisTerm") : null,
    leadClass: "next-flag" });
  if (!closed || !step.status_reason) return [title];
  const lines = title.querySelectorAll("tspan").length;
  return [title, label(node.x, node.y + 28 + lines * 13.2, step.status_reason, "step-label closed-reason",
    { width: node.labelWidth, maxLines: SHORT_LINES })];
}

export function legend() {
  const item = (shape, label) => h("li", {}, shape, label);
  const icon = (draw, width = 22) => {
    const element = svg("svg", { width, height: 22, viewBox: `0 0 ${width} 22`, "aria-hidden": "true", focusable: "false" });
    element.append(...draw());
    return element;
  };
  return h("ul", { class: "legend", "aria-label": t("map.legend") },
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 7, fill: "#1b1f23", stroke: "#1b1f23", "stroke-width": 2 })]), t("stepStatus.done")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 10, fill: "#ffd166", stroke: "#6b4500" }),
      svg("circle", { cx: 11, cy: 11, r: 6, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 })]), t("map.nextThisTerm")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 7, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 })]), t("map.laterStep")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 7, fill: "#fff", stroke: "#b3261e", "stroke-width": 2 }),
      svg("path", { d: "M6,6 L16,16 M16,6 L6,16", stroke: "#b3261e", "stroke-width": 2.5 })]), t("stepStatus.closed")),
    item(icon(() => [svg("rect", { x: 5, y: 5, width: 12, height: 12, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2,
      transform: "rotate(45 11 11)" })]), t("stepKinds.diploma")),
    item(icon(() => [svg("rect", { x: 3, y: 5, width: 16, height: 12, rx: 3, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 })]),
      t("map.programOrApprenticeship")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 8, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 }),
      svg("circle", { cx: 11, cy: 11, r: 3.5, fill: "#1b1f23" })]), t("map.job")),
    item(icon(() => [svg("path", { d: "M2,11 L30,11", class: "route-line" , stroke: ROUTE_COLORS[0] })], 32), t("map.selectedRoute")),
    item(icon(() => [svg("path", { d: "M2,11 L30,11", class: "route-line dim", stroke: ROUTE_COLORS[1] })], 32), t("map.otherRoutes")),
    item(icon(() => [svg("path", { d: "M2,11 L30,11", class: "move-line" })], 32), t("map.laterMovesLine")));
}

function derivedBadge(step) {
  const explanation = derivedExplanation(step);
  return h("span", { class: "badge derived", title: explanation }, t("derived.badge"),
    h("span", { class: "visually-hidden" }, `: ${explanation}`));
}

// The text alternative: one ordered list of steps per route, with full closed reasons and derived badges.
export function stepsAsText(routes, headingLevel = "h3") {
  const wrap = h("div", { class: "steps-text" });
  const derivedSteps = routes.flatMap((route) => route.steps.filter(isDerived));
  const legend = new Map(derivedSteps.map((step) => [derivedExplanation(step), step]));
  for (const [explanation, step] of legend) {
    wrap.append(h("p", { class: "hint" }, derivedBadge(step), " ", explanation));
  }
  routes.forEach((route, row) => {
    const color = h("span", { class: "swatch", "aria-hidden": "true" });
    color.style.background = ROUTE_COLORS[row % ROUTE_COLORS.length];
    const nextId = nextStepId(route);
    wrap.append(h(headingLevel, {}, color, " ", t("map.routeNumber", { rank: route.rank }), ": ", route.title));
    wrap.append(h("ol", {}, route.steps.map((step) => {
      const isNext = nodeId(step) === nextId;
      let itemClass = step.status;
      if (isNext) itemClass = "next";
      else if (step.status === "next") itemClass = "todo";
      return h("li", { class: itemClass },
        h("span", { class: "title" }, step.title), ` (${t(`stepKinds.${step.kind}`)}, ${t(`lanes.${step.lane}`)}) `,
        isDerived(step) ? [derivedBadge(step), " "] : null,
        h("strong", {}, stepStatusText(step, isNext)),
        step.status_reason ? h("span", { class: "reason" }, ` ${step.status_reason}`) : null);
    })));
  });
  return wrap;
}
