"""Lines that open a filing's body below the caption, and the headings of its parts.

Regular-expression sources (strings), not compiled patterns, because each
reader embeds them in its own anchoring: the caption ends at ``BODY_START``;
the page limit finds the running text at ``OPENING_HEADING``; a signature
block ends at a section heading. All of them spell the headings the same way,
here, and tolerate a section number in front (``I.``, ``B.``, ``3.``).
"""

from .section_labels import SECTION_NUMBER

__all__ = ["ADDRESS", "BODY_START", "MEMORANDUM_HEADING", "NOTICE_OPENING", "OPENING_HEADING", "SECTION_NUMBER"]

#: Headings that open a memorandum's argument.
MEMORANDUM_HEADING = (
    r"(?:MEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES|INTRODUCTION|PRELIMINARY\s+STATEMENT"
    r"|SUMMARY\s+OF\s+(?:THE\s+)?ARGUMENT|(?:FACTUAL\s+)?BACKGROUND|ARGUMENT"
    r"|STATEMENT\s+OF\s+(?:THE\s+)?(?:ISSUES?(?:\s+TO\s+BE\s+DECIDED)?|FACTS))"
)

#: Headings that open a paper's running text: the memorandum's, a notice of motion's, a request's.
OPENING_HEADING = (
    r"(?:" + MEMORANDUM_HEADING + r"|NOTICE\s+OF\s+MOTION(?:\s+AND\s+MOTION)?"
    r"|STATEMENT\s+OF\s+(?:THE\s+)?RELIEF\s+SOUGHT|ISSUES?\s+TO\s+BE\s+DECIDED|RELIEF\s+(?:REQUESTED|SOUGHT))"
)

#: The sentence that opens a notice.
NOTICE_OPENING = r"(?:PLEASE\s+TAKE\s+NOTICE|NOTICE\s+IS\s+HEREBY\s+GIVEN)"

#: The address that opens a notice or motion: "TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:".
ADDRESS = (
    r"TO\s+(?:ALL\s+PARTIES|THE\s+HONORABLE|THE\s+COURT|THE\s+CLERK|PLAINTIFFS?|DEFENDANTS?)\b[^:\n]{0,100}"
    r"(?::|AND\s+(?:THEIR|ITS|HIS|HER)\s+(?:COUNSEL|ATTORNEYS))"
)

#: Lines that open the body of a filing (the caption ends before them); matched case-insensitively.
BODY_START = (
    r"^\s*(?:"
    + ADDRESS
    + r"|"
    + NOTICE_OPENING
    + r"|I,\s+\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,4},\s+(?:hereby\s+)?declare"
    # not "MEMORANDUM OF POINTS AND AUTHORITIES": a caption title often wraps onto a line of its own there
    r"|" + SECTION_NUMBER + r"?\s*(?:INTRODUCTION|PRELIMINARY\s+STATEMENT|STATEMENT\s+OF\s+(?:THE\s+)?(?:FACTS|ISSUES)"
    r"|(?:FACTUAL\s+)?BACKGROUND|ARGUMENT)\s*$"
    r"|IT\s+IS\s+HEREBY\s+(?:STIPULATED|ORDERED)"
    r"|GOOD\s+CAUSE\s+(?:APPEARING|HAVING\s+BEEN\s+SHOWN)|HAVING\s+CONSIDERED"
    r"|WHEREAS\b"
    r"|Dear\s+(?:Judge|Magistrate|Chief)"
    r"|(?-i:Pursuant\s+to\s+[^\n]*[a-z]{3})"  # prose, not an upper-case title line
    r"|\d+\.\s+(?:A\.\s+)?PURPOSES?\s+AND\s+LIMITATIONS"
    r"|A\.\s+GOOD\s+CAUSE\s+STATEMENT"
    r")"
)
