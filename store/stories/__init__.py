"""Story rows: the same happening told by several articles, grouped, with its sources."""

from __future__ import annotations

from store.stories.group import Item, Params, Story, group_items
from store.stories.rows import (
    StoryRow,
    StorySource,
    merge_stories,
    split_story,
    story_groups,
    story_row,
    story_rows,
)

__all__ = [
    "Item",
    "Params",
    "Story",
    "StoryRow",
    "StorySource",
    "group_items",
    "merge_stories",
    "split_story",
    "story_groups",
    "story_row",
    "story_rows",
]
