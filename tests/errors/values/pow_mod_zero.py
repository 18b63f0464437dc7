# pow() with modulus zero.
print(pow(2, 3, 0))
