"""Actor knowledge: the knowledge base, date-bounded role resolution and dictionary import.

Pure logic (no spaCy); the spaCy component lives in :mod:`clio.nlp.actors`.
"""

from clio.actors.kb import Entry, KnowledgeBase, Resolution, Role, load_kb, resolve_roles, split_code

__all__ = ["Entry", "KnowledgeBase", "Resolution", "Role", "load_kb", "resolve_roles", "split_code"]
