# Script functions called back from native code (sort keys, map) spend
# fuel like calls made by the script: a loop of sorts with a key function
# runs out of fuel at once instead of after millions of uncounted calls.
# args: --fuel 100000
# exit: 3
# stderr-contains: capy: fuel exhausted (--fuel 100000)
# max-seconds: 5
data = list(range(10**6))
while True:
    data.sort(key=lambda x: -x)
    list(map(abs, data))
