"""Widgets that render content and report what a patient touched; they make no decisions."""
