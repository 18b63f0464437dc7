# Converting infinity to int.
print(int(float('inf')))
