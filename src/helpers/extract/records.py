"""What stage 2 produces: one :class:`Mention` per event a sentence states, with its evidence span."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


#: The ``force`` of a mission change that is the agreement planning the end, not the end itself.
AGREEMENT_FORCE = "agreement"


@dataclass(slots=True)
class Mention:
    doc_id: str
    event_type: str
    status: str
    char_start: int  # evidence span in the article
    char_end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    base_id: str = ""
    nationality: str = ""
    force: str = ""  # figures: troops or trainers; a mission change: AGREEMENT_FORCE for the agreement that plans it
    count: int | float | None = None
    count_low: int | float | None = None
    count_high: int | float | None = None
    approx: bool = False
    actor_from: str = ""
    actor_to: str = ""
    date_earliest: dt.date | None = None
    date_latest: dt.date | None = None
    date_precision: str = "unknown"
    date_text: str = ""
