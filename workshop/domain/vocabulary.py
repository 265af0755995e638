"""The words stored data is made of: note colours, statuses, step kinds, tag sources, limits.

Each list is written here once. The store declares its columns with these, the services check
input against them, session files are validated with them, and the GUI builds its choices
(and its translated labels) from them.
"""

from __future__ import annotations

from typing import Final

NOTE_MAX_LENGTH: Final = 5000  # characters of a note's text (and of an action's text)
GROUP_MAX_LENGTH: Final = 100  # characters of a participant group's name
# A framework file's upper limits: far above any municipality's list (Gran's has 10 principles),
# low enough that every document lays it out and every check stays quick.
FRAMEWORK_MAX_PRINCIPLES: Final = 200
FRAMEWORK_MAX_FOCUS_AREAS: Final = 100
FRAMEWORK_MAX_NUMBER: Final = 999  # a principle's number
FRAMEWORK_MAX_ID: Final = 100  # characters of a framework's or focus area's id
FRAMEWORK_MAX_TITLE: Final = 200  # characters of a name or title, in each language
FRAMEWORK_MAX_TEXT: Final = 2000  # characters of a text, theme or focus item
FRAMEWORK_MAX_ITEMS: Final = 200  # keywords of a principle, focus items of an area

NOTE_COLOURS: Final = ("yellow", "pink", "blue", "green", "orange", "purple")
DEFAULT_COLOUR: Final = NOTE_COLOURS[0]
ORIGIN_PHONE: Final = "phone"  # a note sent from a participant's phone
NOTE_ORIGINS: Final = ("", ORIGIN_PHONE)  # "": typed on the laptop

SESSION_STATUSES: Final = ("planned", "running", "finished")

ACTION_STATUSES: Final = ("open", "in-progress", "done", "dropped")
OPEN_STATUSES: Final = ACTION_STATUSES[:2]  # still to do: an action past its due date is overdue

STEP_KINDS: Final = (
    "intro",
    "silent-writing",
    "share",
    "cluster",
    "vote",
    "discuss",
    "evaluate",
    "wrap-up",
)
DEFAULT_VOTE_BUDGET: Final = 3  # dots per person on a vote step
MAX_VOTE_BUDGET: Final = 99
EVALUATE: Final = "evaluate"  # the step where participants rate the session and say keep/change

# What a note of an evaluate step says about the session: keep this, change that (or neither, "").
# Its own field, apart from the participant group the note came from.
FEEDBACK_KINDS: Final = ("keep", "change")

# Where a principle tag came from: set by hand, or accepted from a suggestion. Suggestions learn
# only from tags set by hand, so they never feed on their own output.
MANUAL: Final = "manual"
SUGGESTION: Final = "suggestion"
TAG_SOURCES: Final = (MANUAL, SUGGESTION)
