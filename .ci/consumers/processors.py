"""Loads JSON-LD documents in PyLD (to_rdf) and in rdflib's JSON-LD parser,
each with a document loader that serves only the diplo context, from
schema/context.jsonld, and fails on any other IRI, and compares the
dataset with a reference N-Quads file as graphs (rdflib.compare.isomorphic).

Usage: python3 processors.py CASES.json, where CASES.json lists
{example, shape, file, reference}; prints one JSON object per case and
processor: {example, shape, processor, quads, reference, same, missing,
extra, error}. missing and extra count the triples of the reference the
processor did not derive and those it derived beyond it, with blank node
labels ignored, and missing_by and extra_by name their predicates.
"""

import collections
import json
import re
import sys

import pyld
from pyld import jsonld
from rdflib import Graph
from rdflib.compare import isomorphic
import rdflib.plugins.shared.jsonld.context as rdflib_context

CONTEXT_IRI = "https://w3id.org/diplo/context.jsonld"
with open("schema/context.jsonld", encoding="utf-8") as f:
    CONTEXT_TEXT = f.read()


def pyld_loader(url, options=None):
    if url != CONTEXT_IRI:
        raise jsonld.JsonLdError(
            "offline: the document loader serves only " + CONTEXT_IRI + ", not " + url,
            "jsonld.LoadDocumentError", code="loading document failed")
    return {"contentType": "application/ld+json", "contextUrl": None,
            "documentUrl": url, "document": json.loads(CONTEXT_TEXT)}


def rdflib_loader(source):
    # rdflib reads a remote context with util.source_to_json(url).
    if source != CONTEXT_IRI:
        raise OSError("offline: the document loader serves only " + CONTEXT_IRI + ", not " + str(source))
    return json.loads(CONTEXT_TEXT)


rdflib_context.source_to_json = rdflib_loader


def bag(g):
    """The graph's triples as N-Triples lines, blank node labels ignored."""
    text = g.serialize(format="nt")
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    return collections.Counter(re.sub(r"_:\S+", "_:b", l) for l in text.splitlines() if l.strip())


def compare(out, got, ref):
    out["quads"] = len(got)
    out["reference"] = len(ref)
    out["same"] = isomorphic(got, ref)
    want, have = bag(ref), bag(got)
    missing = want - have
    out["missing"] = sum(missing.values())
    out["extra"] = sum((have - want).values())
    for key, diff in (("missing_by", missing), ("extra_by", have - want)):
        by = collections.Counter(l.split(" ")[1] for l in diff.elements())
        out[key] = ", ".join(f"{p} {n}" for p, n in by.most_common())


def main():
    cases = json.load(open(sys.argv[1], encoding="utf-8"))
    for c in cases:
        ref = Graph()
        ref.parse(c["reference"], format="nt")
        text = open(c["file"], encoding="utf-8").read()
        for processor in ("pyld " + getattr(pyld, "__version__", ""), "rdflib"):
            out = {"example": c["example"], "shape": c["shape"], "processor": processor.strip()}
            try:
                got = Graph()
                if processor.startswith("pyld"):
                    nq = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads",
                                                          "documentLoader": pyld_loader})
                    got.parse(data=nq, format="nt")
                else:
                    got.parse(data=text, format="json-ld")
                compare(out, got, ref)
            except Exception as e:  # a processor's failure is a result
                out["error"] = (type(e).__name__ + ": " + str(e))[:300]
            print(json.dumps(out), flush=True)


main()
