"""The one home of Indonesian text handling: normalising questions, tokens and stems, the
sentence splitter (with offsets), dates, numbers and names. Ingest, the store's analysers,
retrieval and the answer step all take their language handling from here."""
