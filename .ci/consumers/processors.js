// Loads JSON-LD documents in jsonld.js (toRDF) with a document loader that
// serves only the diplo context, from schema/context.jsonld, and fails on
// any other IRI, canonicalises the dataset and a reference N-Quads file
// with rdf-canonize (URDNA2015, RDFC-1.0's former name), and compares.
//
// Usage: node processors.js CASES.json, where CASES.json lists
// {example, shape, file, reference}; prints one JSON object per case:
// {example, shape, processor, quads, reference, same, missing, extra,
//  missing_by, extra_by, error}. missing and extra count the quads of the
// reference the processor did not derive and those it derived beyond the
// reference, with blank node labels ignored; *_by name their predicates.
"use strict";
const fs = require("fs");
const path = require("path");
const jsonld = require("jsonld");
const canonize = require("rdf-canonize");

const contextIRI = "https://w3id.org/diplo/context.jsonld";
const contextDoc = JSON.parse(fs.readFileSync(path.resolve("schema/context.jsonld"), "utf8"));

async function documentLoader(url) {
  if (url === contextIRI) {
    return { contextUrl: null, documentUrl: url, document: structuredClone(contextDoc) };
  }
  throw new Error(`offline: the document loader serves only ${contextIRI}, not ${url}`);
}

const lines = (nq) => nq.split("\n").filter((l) => l.trim() !== "");

async function canonical(nquads) {
  return canonize.canonize(nquads, { algorithm: "URDNA2015", inputFormat: "application/n-quads" });
}

// bnodeless counts quads with blank node labels replaced by one name.
function bag(nq) {
  const m = new Map();
  for (const l of lines(nq)) {
    const k = l.replace(/_:[A-Za-z0-9_.-]+/g, "_:b");
    m.set(k, (m.get(k) || 0) + 1);
  }
  return m;
}

// minus returns how many quads of a are not in b, and their predicates.
function minus(a, b) {
  let n = 0;
  const by = new Map();
  for (const [k, c] of a) {
    const d = Math.max(0, c - (b.get(k) || 0));
    if (d === 0) continue;
    n += d;
    const p = k.split(" ")[1];
    by.set(p, (by.get(p) || 0) + d);
  }
  const list = [...by].sort((x, y) => y[1] - x[1]).map(([p, c]) => `${p} ${c}`).join(", ");
  return [n, list];
}

async function main() {
  const cases = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  for (const c of cases) {
    const out = { example: c.example, shape: c.shape, processor: "jsonld.js" };
    try {
      const ref = await canonical(fs.readFileSync(c.reference, "utf8"));
      const doc = JSON.parse(fs.readFileSync(c.file, "utf8"));
      const nq = await jsonld.toRDF(doc, { format: "application/n-quads", documentLoader, safe: false });
      const got = await canonical(nq);
      out.quads = lines(got).length;
      out.reference = lines(ref).length;
      out.same = got === ref;
      [out.missing, out.missing_by] = minus(bag(ref), bag(got));
      [out.extra, out.extra_by] = minus(bag(got), bag(ref));
    } catch (e) {
      out.error = String(e && e.message ? e.message : e).slice(0, 300);
    }
    console.log(JSON.stringify(out));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
