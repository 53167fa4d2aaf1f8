"""claimgraph: who claims what figure, when, and how the figures disagree."""
from .errors import ClaimgraphError, InputError, ModelError
from .model import Actor, Claim, Corpus, Document, Figure

__version__ = "0.1.0"

__all__ = [
    "Actor", "Claim", "ClaimgraphError", "Corpus", "Document", "Figure", "InputError", "ModelError",
]
