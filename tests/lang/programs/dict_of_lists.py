# Grouping, inverting and nested updates with dicts of lists and dicts.
people = [('ann', 'eng', 31), ('bob', 'ops', 45), ('cy', 'eng', 28), ('di', 'hr', 39), ('ed', 'ops', 23)]
by_dept = {}
for name, dept, age in people:
    by_dept.setdefault(dept, []).append(name)
print(by_dept)
ages = {dept: [a for n, d, a in people if d == dept] for dept in by_dept}
print({d: (min(a), max(a), sum(a) / len(a)) for d, a in ages.items()})
tree = {}
for path in ['a/b/c', 'a/b/d', 'a/e', 'f']:
    node = tree
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(tree)
def show(node, indent=0):
    for k in node:
        print('  ' * indent + k)
        show(node[k], indent + 1)
show(tree)
