# 100000 nested lists, dicts and tuples: repr, str, ==, hash and print of
# them are RecursionErrors, not native stack overflows.
# max-seconds: 20
deep_list = []
deep_list2 = []
deep_dict = {}
deep_tuple = ()
for _ in range(100000):
    deep_list = [deep_list]
    deep_list2 = [deep_list2]
    deep_dict = {"k": deep_dict}
    deep_tuple = (deep_tuple,)

for label, op in [("list repr", lambda: repr(deep_list)),
                  ("dict str", lambda: str(deep_dict)),
                  ("tuple repr", lambda: repr(deep_tuple)),
                  ("list ==", lambda: deep_list == deep_list2),
                  ("f-string", lambda: f"{deep_list}"),
                  ("percent", lambda: "%s" % (deep_list,)),
                  ("print", lambda: print(deep_dict))]:
    try:
        op()
        print(label, "returned?!")
    except RecursionError:
        print(label, "RecursionError")
# CPython hashes a deep tuple (its C recursion happens to fit); capy may
# stop with RecursionError instead. Either is fine: only a crash is not.
for label, op in [("tuple hash", lambda: hash(deep_tuple)),
                  ("set of tuple", lambda: {deep_tuple})]:
    try:
        op()
    except RecursionError:
        pass
    print(label, "survived")
