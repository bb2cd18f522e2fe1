"""Reporters: render results (findings plus rule metadata) for people and tools."""

from __future__ import annotations

FORMATS = ("text", "json")
