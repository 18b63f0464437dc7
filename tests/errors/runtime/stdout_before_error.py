# Output printed before the error must appear on stdout.
for i in range(5):
    print('line', i)
print('partial', end='')
{}['boom']
