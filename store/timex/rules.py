"""The tagger's rule table: every family's rules in one compiled set, in priority order
(among spans of equal length the earlier rule wins). tag() and parse_when() share it."""

from __future__ import annotations

from .absolute import RULES as ABSOLUTE
from .anchors import RULES as ANCHORS
from .boundaries import RULES as BOUNDARIES
from .clock import RULES as CLOCK
from .durations import RULES as DURATIONS
from .engine import Rules
from .holidays import RULES as HOLIDAYS
from .periods import RULES as PERIODS
from .quarters import RULES as QUARTERS
from .relative import RULES as RELATIVE
from .sets import RULES as SETS
from .vague import RULES as VAGUE
from .years import RULES as YEARS

RULES = Rules(
    [
        *CLOCK,
        *SETS,
        *ABSOLUTE,
        *YEARS,
        *HOLIDAYS,
        *QUARTERS,
        *PERIODS,
        *BOUNDARIES,
        *ANCHORS,
        *RELATIVE,
        *DURATIONS,
        *VAGUE,
    ]
)
