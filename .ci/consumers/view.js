// The pages of diplo view as a person sees them: headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) opens every page of
// DIPLO_VIEW_DIR (NAME.html, made from the record NAME.json) from its file,
// and the check fails on a script error, a console error (a Content-Security-
// Policy violation is one), a network request, a dialog or a navigation, and
// when the rendered page does not show every event, accord action, actor
// and statement text of the record. It keeps a screenshot of each page in
// DIPLO_VIEW_SHOTS, and, with DIPLO_VIEW_PERF naming a large page, prints
// its size and how long Chromium takes to load and render it.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const dir = process.env.DIPLO_VIEW_DIR;
const shots = process.env.DIPLO_VIEW_SHOTS;
const perf = process.env.DIPLO_VIEW_PERF;
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function counts(g) {
  const actors = ["persons", "states", "organizations", "offices", "delegations", "missions"]
    .flatMap((k) => (g[k] || []).map((n) => n.id));
  return {
    events: (g.events || []).map((e) => e.id),
    actions: (g.accords || []).reduce((n, a) => n + (a.actions || []).length, 0),
    actors: [...new Set(actors)],
    statements: (g.statements || []).map((s) => ({ id: s.id, tags: Object.keys(s.text || {}) })),
  };
}

// open loads a page from its file in a new tab and returns the tab and the
// problems seen while it loaded.
async function open(ctx, file) {
  const page = await ctx.newPage();
  const url = "file://" + path.resolve(file);
  const problems = [];
  page.on("pageerror", (e) => problems.push("script error: " + e.message));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push("console " + m.type() + ": " + m.text()); });
  page.on("dialog", (d) => { problems.push("dialog: " + d.message()); d.dismiss().catch(() => {}); });
  page.on("request", (r) => { if (r.url() !== url) problems.push("request: " + r.url().slice(0, 200)); });
  page.on("popup", (p) => problems.push("popup: " + p.url()));
  page.on("framenavigated", (f) => { if (f.url() !== url) problems.push("navigation: " + f.url().slice(0, 200)); });
  const t0 = performance.now();
  await page.goto(url, { waitUntil: "load", timeout: 120000 });
  // Two frames later the page has been laid out and painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const wall = performance.now() - t0;
  return { page, problems, wall };
}

async function main() {
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "diplo-view-chromium-"));
  const ctx = await chromium.launchPersistentContext(userDir, {
    executablePath: "/usr/bin/chromium", headless: true, args, viewport: { width: 1280, height: 900 },
  });
  let failed = 0;
  const fail = (name, msg) => { failed++; console.log(`FAIL ${name}: ${msg}`); };
  const names = fs.readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => f.slice(0, -5)).sort();
  if (names.length === 0) { console.log("no page in " + dir); process.exit(1); }
  for (const name of names) {
    const g = JSON.parse(fs.readFileSync(path.join(dir, name + ".json"), "utf8"));
    const want = counts(g);
    const { page, problems, wall } = await open(ctx, path.join(dir, name + ".html"));
    const got = await page.evaluate(() => {
      const attrs = (sel, a) => [...document.querySelectorAll(sel)].map((e) => e.getAttribute(a));
      const on = [];
      for (const el of document.querySelectorAll("*")) {
        for (const a of el.getAttributeNames()) if (/^on/i.test(a)) on.push(el.tagName + "@" + a);
      }
      return {
        events: attrs("svg.timeline [data-event]", "data-event"),
        actions: document.querySelectorAll("svg.lifecycle .action").length,
        actors: attrs("li[data-actor]", "data-actor"),
        statements: [...document.querySelectorAll("[data-statement]")].map((s) => ({
          id: s.getAttribute("data-statement"),
          texts: [...s.querySelectorAll("blockquote")].map((b) => ({ lang: b.getAttribute("lang"), dir: b.getAttribute("dir") })),
        })),
        scripts: document.querySelectorAll("script").length,
        styles: document.querySelectorAll("style").length,
        embeds: document.querySelectorAll("iframe, object, embed, img, link, base, form, meta[http-equiv=refresh]").length,
        on,
        hrefs: attrs("[href]", "href").concat(attrs("[src]", "src")),
        csp: (document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || "",
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        h1: document.querySelector("h1").textContent,
      };
    });
    const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
    if (!same(got.events, want.events)) fail(name, `events shown ${got.events.length}, record has ${want.events.length}`);
    if (got.actions !== want.actions) fail(name, `accord actions shown ${got.actions}, record has ${want.actions}`);
    // Every actor of the record is listed, once; the list may also have
    // actors that only a link names (network.New's nodes of a record that
    // names actors it does not hold).
    const missing = want.actors.filter((id) => !got.actors.includes(id));
    if (missing.length) fail(name, `actors listed ${got.actors.length}, record has ${want.actors.length}; not listed: ${missing.slice(0, 5)}`);
    if (new Set(got.actors).size !== got.actors.length) fail(name, `an actor is listed twice`);
    if (got.statements.length !== want.statements.length) fail(name, `statements shown ${got.statements.length}, record has ${want.statements.length}`);
    for (const s of want.statements) {
      const shown = got.statements.find((x) => x.id === s.id);
      if (!shown) { fail(name, `statement ${s.id} not shown`); continue; }
      if (!same(shown.texts.map((t) => t.lang), s.tags)) fail(name, `statement ${s.id}: languages shown ${shown.texts.map((t) => t.lang)}, record has ${s.tags}`);
      for (const t of shown.texts) {
        const rtl = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/.test(t.lang);
        if ((t.dir === "rtl") !== rtl) fail(name, `statement ${s.id}: ${t.lang} has dir=${t.dir}`);
      }
    }
    if (got.scripts !== 1 || got.styles !== 1) fail(name, `${got.scripts} scripts and ${got.styles} styles, want the page's own one of each`);
    if (got.embeds !== 0) fail(name, `${got.embeds} elements that load or send something`);
    if (got.on.length) fail(name, `event handler attributes: ${got.on.slice(0, 5)}`);
    for (const h of got.hrefs) if (!/^https?:\/\//i.test(h)) fail(name, `link to ${h.slice(0, 80)}`);
    if (!/default-src 'none'/.test(got.csp) || !/script-src 'sha256-/.test(got.csp)) fail(name, `Content-Security-Policy: ${got.csp}`);
    if (got.overflow > 0) fail(name, `the page is ${got.overflow}px wider than the window`);
    if (name === "hostile") {
      // The markup in the title is shown as text.
      if (!got.h1.includes("<script>alert('title')</script>")) fail(name, `title not shown as text: ${got.h1.slice(0, 80)}`);
    }
    if (shots) {
      // The whole page, as a reader scrolling down sees it: the parts laid
      // out only when they come into view (content-visibility) are laid
      // out now.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll(".part, ul.actors li, .statement")) el.style.contentVisibility = "visible";
      });
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, name + ".png"), fullPage: true });
      const lifecycle = await page.$("svg.lifecycle");
      if (lifecycle) await lifecycle.screenshot({ path: path.join(shots, name + ".lifecycle.png") });
    }
    // The network's script runs: a click on an actor shows its links alone.
    const node = await page.$("svg.network .node circle");
    if (node) {
      await node.click();
      if (!(await page.$("svg.network.dim"))) fail(name, "a click on an actor did not single out its links");
    }
    for (const p of problems) fail(name, p);
    console.log(`ok ${name}: ${got.events.length} events, ${got.actions} actions, ${got.actors.length} actors, ${got.statements.length} statements (${wall.toFixed(0)} ms)`);
    await page.close();
  }
  if (perf) {
    const size = fs.statSync(perf).size;
    const runs = [];
    let shown = 0;
    for (let i = 0; i < 3; i++) {
      const { page, problems, wall } = await open(ctx, perf);
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0];
        const fcp = performance.getEntriesByName("first-contentful-paint")[0];
        return { fcp: fcp ? fcp.startTime : NaN, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
      });
      shown = await page.evaluate(() => document.querySelectorAll("svg.timeline [data-event]").length);
      for (const p of problems) fail("perf", p);
      runs.push({ wall, ...nav });
      await page.close();
    }
    const med = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
    console.log(`perf ${path.basename(perf)}: ${(size / 1e6).toFixed(1)} MB, ${shown} events; Chromium: first contentful paint ${med("fcp").toFixed(0)} ms, DOMContentLoaded ${med("dcl").toFixed(0)} ms, load ${med("load").toFixed(0)} ms, load and two frames painted ${med("wall").toFixed(0)} ms (median of 3)`);
  }
  await ctx.close();
  fs.rmSync(userDir, { recursive: true, force: true });
  console.log(`view pages: ${names.length - 0} checked, ${failed} problems`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.log("FAIL: " + (e.stack || e)); process.exit(1); });
