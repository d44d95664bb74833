"""Chinese-text knowledge both flows share: numerals and figures, names of places and organs,
script and language, years. Nothing here knows about reports, the index or questions."""
