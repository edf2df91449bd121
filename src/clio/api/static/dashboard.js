// Clio dashboard: draws the charts from the JSON API. Data is only ever put into the page with
// textContent or SVG attributes (never innerHTML), so names and sentences cannot inject markup.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUAD_COLORS = { 1: "#4e9a6a", 2: "#1f6f43", 3: "#e0a030", 4: "#c0392b" };
const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function tip(node, text) {
  node.appendChild(el("title", {}, text));
  return node;
}

function svgRoot(width, height) {
  return el("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", preserveAspectRatio: "xMidYMid meet" });
}

function message(container, text) {
  const p = document.createElement("p");
  p.className = "empty";
  p.textContent = text;
  container.replaceChildren(p);
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function goldsteinColor(value) {
  if (value === null || value === undefined) return "#888";
  const t = Math.max(-1, Math.min(1, value / 10));
  return t >= 0 ? `rgb(${Math.round(120 - 90 * t)},${Math.round(140 + 40 * t)},${Math.round(110 - 40 * t)})`
    : `rgb(${Math.round(150 - 60 * t)},${Math.round(110 + 60 * t)},${Math.round(90 + 40 * t)})`;
}

// ---- timeline: stacked bars per period and quad class ----
async function drawTimeline() {
  const panel = document.getElementById("timeline-panel");
  const container = document.getElementById("timeline");
  const interval = document.getElementById("timeline-interval").value;
  const query = panel.dataset.query;
  const url = `/api/timeline?${query}${query ? "&" : ""}interval=${encodeURIComponent(interval)}`;
  document.getElementById("timeline-json").href = url;
  document.getElementById("timeline-csv").href = `${url}&format=csv`;
  let data;
  try { data = await getJSON(url); } catch (error) { message(container, error.message); return; }
  if (!data.series.length) { message(container, "No dated events for these filters."); return; }
  const width = 600, height = 220, left = 36, bottom = 24, top = 8;
  const svg = svgRoot(width, height);
  const max = Math.max(...data.series.map((p) => p.events));
  const step = (width - left - 8) / data.series.length;
  const scale = (height - top - bottom) / max;
  svg.appendChild(el("line", { x1: left, y1: height - bottom, x2: width - 4, y2: height - bottom, class: "axis" }));
  svg.appendChild(el("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "tick" }, String(max)));
  svg.appendChild(el("text", { x: left - 4, y: height - bottom, "text-anchor": "end", class: "tick" }, "0"));
  data.series.forEach((period, i) => {
    let y = height - bottom;
    for (const quad of ["1", "2", "3", "4"]) {
      const n = period.quad_counts[quad] || 0;
      if (!n) continue;
      const h = n * scale;
      y -= h;
      svg.appendChild(tip(el("rect", {
        x: left + i * step + 1, y, width: Math.max(step - 2, 1), height: h, fill: QUAD_COLORS[quad], class: "bar",
      }), `${period.period}: ${n} ${QUAD_NAMES[quad]}`));
    }
  });
  const first = data.series[0].period, last = data.series[data.series.length - 1].period;
  svg.appendChild(el("text", { x: left, y: height - 6, class: "tick" }, first));
  svg.appendChild(el("text", { x: width - 4, y: height - 6, "text-anchor": "end", class: "tick" }, last));
  container.replaceChildren(svg, legend());
}

function legend() {
  const list = document.createElement("ul");
  list.className = "legend-list";
  for (const quad of ["1", "2", "3", "4"]) {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = `swatch q${quad}`;
    item.append(swatch, QUAD_NAMES[quad]);
    list.appendChild(item);
  }
  return list;
}

// ---- dyad explorer: cooperation up, conflict down, Goldstein line ----
async function drawDyad(event) {
  if (event) event.preventDefault();
  const a = document.getElementById("dyad-a").value.trim();
  const b = document.getElementById("dyad-b").value.trim();
  const interval = document.getElementById("dyad-interval").value;
  const container = document.getElementById("dyad");
  if (!a || !b) { message(container, "Pick two actors (country codes such as RUS and UKR, or actor codes)."); return; }
  const url = `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?interval=${encodeURIComponent(interval)}`;
  document.getElementById("dyad-json").href = url;
  document.getElementById("dyad-csv").href = `${url}&format=csv`;
  let data;
  try { data = await getJSON(url); } catch (error) { message(container, error.message); return; }
  if (!data.series.length) { message(container, `No dated events between ${data.a} and ${data.b}.`); return; }
  const width = 600, height = 220, left = 36, mid = 110, half = 90;
  const svg = svgRoot(width, height);
  const coop = (b) => (b.quad_counts["1"] || 0) + (b.quad_counts["2"] || 0);
  const conf = (b) => (b.quad_counts["3"] || 0) + (b.quad_counts["4"] || 0);
  const max = Math.max(1, ...data.series.map((p) => Math.max(coop(p.total), conf(p.total))));
  const step = (width - left - 8) / data.series.length;
  svg.appendChild(el("line", { x1: left, y1: mid, x2: width - 4, y2: mid, class: "axis" }));
  svg.appendChild(el("text", { x: left - 4, y: mid - half + 8, "text-anchor": "end", class: "tick" }, `+${max}`));
  svg.appendChild(el("text", { x: left - 4, y: mid + half, "text-anchor": "end", class: "tick" }, `-${max}`));
  const points = [];
  data.series.forEach((period, i) => {
    const x = left + i * step;
    const up = (coop(period.total) / max) * half, down = (conf(period.total) / max) * half;
    if (up) svg.appendChild(tip(el("rect", { x: x + 1, y: mid - up, width: Math.max(step - 2, 1), height: up, fill: QUAD_COLORS[2] }),
      `${period.period}: ${coop(period.total)} cooperative (${data.a}→${data.b} ${coop(period.a_to_b)}, ${data.b}→${data.a} ${coop(period.b_to_a)})`));
    if (down) svg.appendChild(tip(el("rect", { x: x + 1, y: mid, width: Math.max(step - 2, 1), height: down, fill: QUAD_COLORS[4] }),
      `${period.period}: ${conf(period.total)} conflictual (${data.a}→${data.b} ${conf(period.a_to_b)}, ${data.b}→${data.a} ${conf(period.b_to_a)})`));
    if (period.total.goldstein_mean !== null) points.push([x + step / 2, mid - (period.total.goldstein_mean / 10) * half, period]);
  });
  if (points.length > 1) {
    svg.appendChild(el("polyline", { points: points.map((p) => `${p[0].toFixed(1)},${p[1].toFixed(1)}`).join(" "), class: "goldstein-line" }));
  }
  for (const [x, y, period] of points) {
    svg.appendChild(tip(el("circle", { cx: x, cy: y, r: 2.5, class: "goldstein-dot" }), `${period.period}: mean Goldstein ${period.total.goldstein_mean}`));
  }
  const summary = document.createElement("p");
  summary.className = "small";
  summary.id = "dyad-summary";
  const total = (key) => data.series.reduce((sum, p) => sum + p[key].events, 0);
  summary.textContent = `${data.a}→${data.b}: ${total("a_to_b")} events · ${data.b}→${data.a}: ${total("b_to_a")} events · bars: cooperation up, conflict down · line: mean Goldstein (−10…+10)`;
  container.replaceChildren(svg, summary);
}

// ---- network: circular layout, edge width by events, colour by mean Goldstein ----
async function drawNetwork() {
  const container = document.getElementById("network");
  const query = document.getElementById("timeline-panel").dataset.query;
  let data;
  try { data = await getJSON(`/api/network?${query}${query ? "&" : ""}limit=60`); } catch (error) { message(container, error.message); return; }
  const nodes = data.nodes.slice(0, 30);
  if (!nodes.length) { message(container, "No dyadic events for these filters."); return; }
  const width = 600, height = 360, cx = width / 2, cy = height / 2, radius = 140;
  const svg = svgRoot(width, height);
  const position = new Map();
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    position.set(node.id, [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  });
  const maxEdge = Math.max(...data.edges.map((e) => e.events));
  for (const edge of data.edges) {
    const from = position.get(edge.source), to = position.get(edge.target);
    if (!from || !to) continue;
    svg.appendChild(tip(el("line", {
      x1: from[0], y1: from[1], x2: to[0], y2: to[1], stroke: goldsteinColor(edge.goldstein_mean),
      "stroke-width": 0.8 + 5 * Math.sqrt(edge.events / maxEdge), "stroke-opacity": 0.7,
    }), `${edge.source} → ${edge.target}: ${edge.events} events, mean Goldstein ${edge.goldstein_mean}`));
  }
  const maxNode = Math.max(...nodes.map((n) => n.events));
  for (const node of nodes) {
    const [x, y] = position.get(node.id);
    svg.appendChild(tip(el("circle", { cx: x, cy: y, r: 4 + 8 * Math.sqrt(node.events / maxNode), class: "node" }), `${node.id}: ${node.events} events`));
    const outside = (x - cx) * 1.18 + cx, labelY = (y - cy) * 1.16 + cy + 4;
    svg.appendChild(el("text", { x: outside, y: labelY, "text-anchor": x < cx - 5 ? "end" : x > cx + 5 ? "start" : "middle", class: "label" }, node.id));
  }
  container.replaceChildren(svg);
}

// ---- map: equirectangular projection, graticule, one circle per place ----
async function drawMap() {
  const container = document.getElementById("map");
  const query = document.getElementById("timeline-panel").dataset.query;
  let data;
  try { data = await getJSON(`/api/map?${query}`); } catch (error) { message(container, error.message); return; }
  const width = 720, height = 360;
  const svg = svgRoot(width, height);
  svg.appendChild(el("rect", { x: 0, y: 0, width, height, class: "ocean" }));
  const project = (lon, lat) => [(lon + 180) * (width / 360), (90 - lat) * (height / 180)];
  for (let lon = -180; lon <= 180; lon += 30) {
    svg.appendChild(el("line", { x1: project(lon, 0)[0], y1: 0, x2: project(lon, 0)[0], y2: height, class: lon === 0 ? "graticule main" : "graticule" }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    svg.appendChild(el("line", { x1: 0, y1: project(0, lat)[1], x2: width, y2: project(0, lat)[1], class: lat === 0 ? "graticule main" : "graticule" }));
  }
  const land = await landCells();
  for (const [lon, lat] of land) {
    const [x, y] = project(lon, lat + 2);
    svg.appendChild(el("rect", { x, y, width: 4, height: 4, class: "land" }));
  }
  if (!data.places.length) {
    svg.appendChild(el("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "label" }, "No located events for these filters."));
  }
  const max = Math.max(1, ...data.places.map((p) => p.events));
  for (const place of data.places) {
    const [x, y] = project(place.lon, place.lat);
    svg.appendChild(tip(el("circle", { cx: x, cy: y, r: 2.5 + 9 * Math.sqrt(place.events / max), fill: goldsteinColor(place.goldstein_mean), class: "place" }),
      `${place.name || "?"} (${place.country || "?"}): ${place.events} events, mean Goldstein ${place.goldstein_mean}`));
  }
  container.replaceChildren(svg);
}

async function landCells() {
  try {
    const response = await fetch("/static/land.json");
    return response.ok ? await response.json() : [];
  } catch (error) {
    return [];
  }
}

async function fillActorList() {
  try {
    const data = await getJSON("/api/actors?limit=200");
    const list = document.getElementById("actor-codes");
    for (const actor of data.actors) {
      const option = document.createElement("option");
      option.value = actor.code;
      option.textContent = `${actor.name || actor.code} (${actor.events})`;
      list.appendChild(option);
    }
  } catch (error) {
    // the pickers still accept typed codes
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("timeline-interval").addEventListener("change", drawTimeline);
  document.getElementById("dyad-form").addEventListener("submit", drawDyad);
  drawTimeline();
  drawNetwork();
  drawMap();
  fillActorList();
  const a = document.getElementById("dyad-a").value, b = document.getElementById("dyad-b").value;
  if (a && b) drawDyad();
  else message(document.getElementById("dyad"), "Pick two actors (e.g. RUS and UKR) to compare cooperation and conflict.");
});
