"""The canonical dataset: its vocabulary, facts and indexes (`model`), and how it is
loaded and checked before any claim is (`load`).
"""
