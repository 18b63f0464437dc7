# for without its colon.
for i in range(3)
    pass
