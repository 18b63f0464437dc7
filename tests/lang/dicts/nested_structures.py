# Nested dicts and lists: deep get with defaults, updates, merging, flattening, inverting, sorting.
config = {"db": {"host": "localhost", "port": 5432, "opts": {"ssl": True}}, "debug": False,
          "users": [{"name": "a", "roles": ["admin"]}, {"name": "b", "roles": []}]}
def deep_get(d, path, default=None):
    cur = d
    for key in path.split("."):
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        elif isinstance(cur, list) and key.isdigit() and int(key) < len(cur):
            cur = cur[int(key)]
        else:
            return default
    return cur
for p in ("db.host", "db.opts.ssl", "db.opts.tls", "users.0.roles", "users.1.name", "users.5.name", "debug"):
    print(p, deep_get(config, p, "<missing>"))
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
merged = deep_merge(config, {"db": {"port": 6543, "opts": {"tls": "1.3"}}, "debug": True})
print(merged["db"], merged["debug"], config["db"]["port"])
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
print(flatten(merged))
inverted = {}
for user in config["users"]:
    for role in user["roles"] or ["none"]:
        inverted.setdefault(role, []).append(user["name"])
print(inverted)
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix[(1, 2)], sum(v for (r, c), v in matrix.items() if r == c), max(matrix, key=matrix.get))
counts = {"x": {"a": 3, "b": 1}, "y": {"a": 2, "c": 5}}
totals = {}
for inner in counts.values():
    for k, v in inner.items():
        totals[k] = totals.get(k, 0) + v
print(sorted(totals.items(), key=lambda kv: -kv[1]))
config["db"]["opts"]["ssl"] = False
print(config["db"]["opts"], len(config), list(config["db"]))
try:
    config["db"]["nothing"]["x"]
except KeyError as e:
    print(type(e).__name__, e)
print({k: sorted(v) for k, v in {"b": [3, 1], "a": [2]}.items()}, dict(sorted({"b": 1, "a": 2}.items())))
