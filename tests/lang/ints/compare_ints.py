# Int equality, ordering and mixing with floats and bools.
print(1 == 1, 1 != 1, 1 < 2, 2 <= 2, 3 > 2, 3 >= 4)
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(True == 1, False == 0, True > False, True + 0.5)
print(0 == -0, 0 == 0.0, 0 == -0.0)
print(max(3, 9, -2), min(3, 9, -2))
print(10 < 20 < 30, 10 < 20 > 30, 1 == 1 == 1.0, 1 != 2 != 1)
print(5 == '5', 5 != '5', None == 0)
