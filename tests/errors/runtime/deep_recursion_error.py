# A recursive function failing at the bottom: every frame is listed.
def down(n):
    if n == 0:
        return [][0]
    return down(n - 1)

down(4)
