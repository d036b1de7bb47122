// The route map: an SVG transit map. Time runs left to right through five lanes. Each route is a
// colored line through its step nodes, and routes that share a step share its node.

import { h, svg } from "../dom.js";
import { t } from "../i18n.js";

export const LANES = ["this_year", "high_school", "after_high_school", "first_job", "later"];
// Line colors keep at least 3:1 contrast on the map background.
export const ROUTE_COLORS = ["#0b6e4f", "#0a58ca", "#8a3ffc", "#b35c00", "#b3261e", "#00707a", "#6b4f00", "#c2185b"];

const COLUMN = 150;
const MIN_WIDTH = 1120;
const ROW = 84;
const LANE_GAP = 16;
const TOP = 54;
const LEFT = 16;
const LINE_CHARS = 22;

function nodeId(step) {
  return `${step.kind}:${step.key}`;
}

// Split a label into at most two lines of about LINE_CHARS characters, ending in "…" when cut.
function labelLines(text) {
  const words = text.split(/\s+/);
  const lines = [""];
  for (const word of words) {
    const line = lines[lines.length - 1];
    if (!line || (line + " " + word).length <= LINE_CHARS) lines[lines.length - 1] = line ? `${line} ${word}` : word;
    else if (lines.length < 2) lines.push(word);
    else { lines[1] = `${lines[1]} ${word}`; }
  }
  return lines.map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS - 1)}…` : line));
}

function label(x, y, text, className) {
  const lines = labelLines(text);
  const element = svg("text", { x, y, "text-anchor": "middle", class: className });
  lines.forEach((line, index) => element.append(svg("tspan", { x, dy: index ? "1.15em" : 0 }, line)));
  return element;
}

// Place every distinct step once: lane by the step's lane, column by its latest position inside the
// lane on any route (so every route still runs left to right), row by the best-ranked route through it.
export function layout(routes, laterMoves) {
  const nodes = new Map();
  const laneColumns = Object.fromEntries(LANES.map((lane) => [lane, 1]));

  routes.forEach((route, row) => {
    const perLane = {};
    for (const step of route.steps) {
      const lane = LANES.includes(step.lane) ? step.lane : "high_school";
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

  // Widen the columns when the map is narrower than the page, so lanes and labels get room.
  const totalColumns = LANES.reduce((sum, lane) => sum + laneColumns[lane], 0);
  const column = Math.max(COLUMN, (MIN_WIDTH - 2 * LEFT - LANES.length * LANE_GAP) / totalColumns);
  const laneX = {};
  let x = LEFT;
  for (const lane of LANES) {
    laneX[lane] = x;
    x += laneColumns[lane] * column + LANE_GAP;
  }
  for (const node of nodes.values()) {
    node.x = laneX[node.lane] + node.column * column + column / 2;
    node.y = TOP + 30 + node.row * ROW;
  }
  const rows = Math.max(routes.length, moves.length, 1);
  return { nodes, laneX, laneColumns, column, width: x, height: TOP + 30 + rows * ROW + 16, moves };
}

function segment(a, b) {
  if (Math.abs(a.y - b.y) < 1) return `M${a.x},${a.y} L${b.x},${b.y}`;
  const middle = (a.x + b.x) / 2;
  return `M${a.x},${a.y} C${middle},${a.y} ${middle},${b.y} ${b.x},${b.y}`;
}

function nodeShape(node, color) {
  const { kind, status } = node.step;
  const fill = status === "done" ? "#1b1f23" : "#ffffff";
  const stroke = status === "closed" ? "#b3261e" : "#1b1f23";
  const common = { class: "node-shape", fill, stroke, "stroke-width": 2.5 };
  const group = svg("g");
  if (status === "next") {
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

function stepDescription(step) {
  const parts = [t(`stepKinds.${step.kind}`), step.title, t(`stepStatus.${step.status}`)];
  if (step.status_reason) parts.push(step.status_reason);
  return parts.join(". ");
}

// Draw the map for `routes` (already ranked); `selected` is the route_id to highlight.
export function drawRouteMap(routes, laterMoves, selected, onSelectRoute) {
  const plan = layout(routes, laterMoves);
  const titleId = `map-title-${Math.random().toString(36).slice(2, 8)}`;
  const root = svg("svg", { class: "route-map", width: plan.width, height: plan.height,
    viewBox: `0 0 ${plan.width} ${plan.height}`, role: "img", "aria-labelledby": titleId });
  root.append(svg("title", { id: titleId }, t("map.svgTitle", { count: routes.length })));

  LANES.forEach((lane, index) => {
    const x = plan.laneX[lane];
    const width = plan.laneColumns[lane] * plan.column;
    root.append(svg("rect", { x, y: 8, width, height: plan.height - 16, rx: 8,
      fill: index % 2 ? "#f4f6f8" : "#ffffff", stroke: "#c9d1d9" }));
    root.append(svg("text", { x: x + 10, y: 30, class: "lane-label" }, t(`lanes.${lane}`)));
    const empty = lane === "later" ? !plan.moves.length : ![...plan.nodes.values()].some((node) => node.lane === lane);
    if (empty) {
      root.append(svg("text", { x: x + width / 2, y: plan.height - 22, "text-anchor": "middle", class: "step-label empty-lane" },
        t("map.emptyLane")));
    }
  });

  // Draw unselected lines first so the selected route runs on top.
  const order = routes.map((route, row) => row).sort((a, b) => (routes[a].route_id === selected) - (routes[b].route_id === selected));
  for (const row of order) {
    const route = routes[row];
    const points = route.steps.map((step) => plan.nodes.get(nodeId(step)));
    let d = "";
    for (let i = 1; i < points.length; i += 1) d += segment(points[i - 1], points[i]);
    const dim = selected && route.route_id !== selected;
    const line = svg("path", { d, class: `route-line${dim ? " dim" : ""}`, stroke: ROUTE_COLORS[row % ROUTE_COLORS.length],
      "data-route": route.route_id });
    line.addEventListener("click", () => onSelectRoute && onSelectRoute(route.route_id));
    root.append(line);
  }

  // Later moves continue from the entry job of the selected (or first) route, in gray.
  const anchorRoute = routes.find((route) => route.route_id === selected) || routes[0];
  const entry = anchorRoute && [...anchorRoute.steps].reverse().find((step) => step.kind === "entry_job");
  const entryNode = entry && plan.nodes.get(nodeId(entry));
  plan.moves.forEach((move, moveIndex) => {
    let previous = entryNode;
    move.path.forEach((career, column) => {
      const node = { x: plan.laneX.later + column * plan.column + plan.column / 2, y: TOP + 30 + moveIndex * ROW,
        step: { kind: "career_move", key: career.onetsoc, title: career.title, status: "todo" } };
      if (previous) root.append(svg("path", { d: segment(previous, node), class: "route-line", stroke: "#6b7785",
        "stroke-dasharray": "6 6" }));
      root.append(nodeShape(node, "#6b7785"));
      const text = label(node.x, node.y + 28, career.title, "step-label");
      text.prepend(svg("title", {}, career.title));
      root.append(text);
      previous = node;
    });
  });

  for (const node of plan.nodes.values()) {
    const color = ROUTE_COLORS[node.routes[0] % ROUTE_COLORS.length];
    const group = svg("g", { class: "node", "data-node": node.id, "data-status": node.step.status });
    group.append(svg("title", {}, stepDescription(node.step)));
    group.append(nodeShape(node, color));
    const below = node.column % 2 === 0;
    const labelClass = ["step-label", node.step.status === "closed" ? "closed-label" : "",
      node.step.status === "next" ? "next-label" : ""].join(" ").trim();
    group.append(label(node.x, below ? node.y + 30 : node.y - 34, node.step.title, labelClass));
    if (node.step.status === "closed" && node.step.status_reason) {
      // The reason sits on the far side of the node from the struck-through title.
      group.append(label(node.x, below ? node.y - 34 : node.y + 30, node.step.status_reason, "step-label closed-reason"));
    }
    if (node.step.status === "next") {
      group.append(svg("text", { x: node.x, y: below ? node.y - 22 : node.y + 32, "text-anchor": "middle",
        class: "step-label next-label" }, t("stepStatus.next")));
    }
    group.addEventListener("click", () => onSelectRoute && onSelectRoute(routes[node.routes[0]].route_id));
    root.append(group);
  }
  return root;
}

export function legend() {
  const item = (shape, label) => h("li", {}, shape, label);
  const icon = (draw) => {
    const element = svg("svg", { width: 22, height: 22, viewBox: "0 0 22 22", "aria-hidden": "true", focusable: "false" });
    element.append(...draw());
    return element;
  };
  return h("ul", { class: "legend", "aria-label": t("map.legend") },
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 7, fill: "#1b1f23", stroke: "#1b1f23", "stroke-width": 2 })]), t("stepStatus.done")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 10, fill: "#ffd166", stroke: "#6b4500" }),
      svg("circle", { cx: 11, cy: 11, r: 6, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 })]), t("stepStatus.next")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 7, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 })]), t("stepStatus.todo")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 7, fill: "#fff", stroke: "#b3261e", "stroke-width": 2 }),
      svg("path", { d: "M6,6 L16,16 M16,6 L6,16", stroke: "#b3261e", "stroke-width": 2.5 })]), t("stepStatus.closed")),
    item(icon(() => [svg("rect", { x: 5, y: 5, width: 12, height: 12, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2,
      transform: "rotate(45 11 11)" })]), t("stepKinds.diploma")),
    item(icon(() => [svg("rect", { x: 3, y: 5, width: 16, height: 12, rx: 3, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 })]),
      t("map.programOrApprenticeship")),
    item(icon(() => [svg("circle", { cx: 11, cy: 11, r: 8, fill: "#fff", stroke: "#1b1f23", "stroke-width": 2 }),
      svg("circle", { cx: 11, cy: 11, r: 3.5, fill: "#1b1f23" })]), t("map.job")));
}

// The text alternative: one ordered list of steps per route.
export function stepsAsText(routes, headingLevel = "h3") {
  const wrap = h("div", { class: "steps-text" });
  routes.forEach((route, row) => {
    const color = h("span", { class: "swatch", "aria-hidden": "true" });
    color.style.background = ROUTE_COLORS[row % ROUTE_COLORS.length];
    wrap.append(h(headingLevel, {}, color, " ", t("map.routeNumber", { rank: route.rank }), ": ", route.title));
    wrap.append(h("ol", {}, route.steps.map((step) => h("li", { class: step.status },
      h("span", { class: "title" }, step.title), ` (${t(`stepKinds.${step.kind}`)}, ${t(`lanes.${step.lane}`)}) `,
      h("strong", {}, t(`stepStatus.${step.status}`)),
      step.status_reason ? ` ${step.status_reason}` : ""))));
  });
  return wrap;
}
