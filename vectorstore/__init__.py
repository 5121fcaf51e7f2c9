"""Storage layer: embeddings, the Chroma collection and the lexical index.

It knows texts, vectors and flat metadata only, nothing of articles or answers.
"""
