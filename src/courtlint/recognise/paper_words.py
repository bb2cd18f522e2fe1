"""Words that name a court paper ("MOTION", "DECLARATION", "STIPULATED").

Three readers need them at three strengths, so the vocabulary is written once
in tiers, each a superset of the one before:

* ``HEAD_WORDS``: the nouns that head a party's paper. A left-column fragment
  of a merged caption that holds one is part of the title, not a party line
  (``ACME RETIREMENT PLAN,`` stays a party; ``INC., MOTION TO`` does not).
* ``TITLE_WORDS``: also court papers and what else a caption heading can name
  (minutes, verdicts, transcripts, findings); a capitalised heading holding
  one below the court's name is taken for the title.
* ``PAPER_WORDS``: also the lesser papers a caption may title (lists, plans,
  agreements, waivers, proofs of service), matched in any case; a caption
  with none of them has no title.
"""

from __future__ import annotations

import regex

from ..lazy_pattern import lazy

_HEADS = ("MOTION", "ORDER", "STIPULATION", "DECLARATION", "MEMORANDUM", "NOTICE", "OPPOSITION", "REPLY",
          "APPLICATION", "COMPLAINT")  # fmt: skip
_TITLES = _HEADS + ("STIPULATED", "VERDICT", r"JURY\s+NOTE", "BRIEF", "TRANSCRIPT", "MINUTES", "JUDGMENT", "FINDINGS",
                    "AFFIDAVIT", "REQUEST", "RESPONSE", "OBJECTIONS?", "PETITION", "CERTIFICATE", "ANSWER",
                    "STATEMENT", "REPORT")  # fmt: skip
_PAPERS = _TITLES + ("BRIEFING", "LETTER", "PROOF", "SUBPOENA", "EXHIBITS?", "INDEX", "LIST", "PLAN", "AGREEMENT",
                     "SUPPLEMENT(?:AL)?", "DESIGNATION", "JOINDER", "CONSENT", "WAIVER", "SUBMISSION", "PROPOSAL",
                     r"BILL\s+OF\s+COSTS")  # fmt: skip


def _words(words: tuple[str, ...]) -> str:
    return r"\b(?:" + "|".join(words) + r")\b"


HEAD_WORDS = lazy(_words(_HEADS))
TITLE_WORDS = lazy(_words(_TITLES))
PAPER_WORDS = lazy(_words(_PAPERS), regex.IGNORECASE | regex.VERSION1)
