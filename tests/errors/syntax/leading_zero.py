# Decimal literals may not have leading zeros.
x = 0123
