"""Stage 3, resolve (E104-E106): each claim's subject, property, value and date
resolved against the dataset into the sets the rules compare.
"""
