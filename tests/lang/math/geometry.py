# math for 2-D geometry: distances, angles, polygon area (shoelace), convex hull, circle intersections.
import math
pts = [(0, 0), (4, 0), (4, 3), (0, 3)]
def dist(a, b):
    return math.hypot(b[0] - a[0], b[1] - a[1])
print(dist((0, 0), (3, 4)), dist(pts[0], pts[2]), math.dist(pts[1], pts[3]))
def angle_deg(a, b):
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
print([round(angle_deg((0, 0), p), 6) for p in [(1, 0), (1, 1), (0, 1), (-1, 0), (0, -1), (-1, -1)]])
def area(poly):
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
print(area(pts), area([(0, 0), (5, 0), (0, 5)]), area([(1, 1)]))
def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
def hull(points):
    points = sorted(set(points))
    if len(points) <= 2:
        return points
    lower, upper = [], []
    for p in points:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(points):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]
cloud = [(x * 7 % 11, x * 5 % 13) for x in range(30)]
h = hull(cloud)
print(h, area(h))
def circle_points(r, n):
    return [(round(r * math.cos(2 * math.pi * k / n), 9), round(r * math.sin(2 * math.pi * k / n), 9)) for k in range(n)]
print(circle_points(1, 4), round(area(circle_points(1, 360)), 6), round(math.pi, 6))
def circle_intersections(c1, r1, c2, r2):
    d = dist(c1, c2)
    if d > r1 + r2 or d < abs(r1 - r2) or d == 0:
        return []
    a = (r1 * r1 - r2 * r2 + d * d) / (2 * d)
    h = math.sqrt(max(r1 * r1 - a * a, 0))
    mx = c1[0] + a * (c2[0] - c1[0]) / d
    my = c1[1] + a * (c2[1] - c1[1]) / d
    return sorted({(round(mx + h * (c2[1] - c1[1]) / d, 9), round(my - h * (c2[0] - c1[0]) / d, 9)),
                   (round(mx - h * (c2[1] - c1[1]) / d, 9), round(my + h * (c2[0] - c1[0]) / d, 9))})
print(circle_intersections((0, 0), 5, (8, 0), 5), circle_intersections((0, 0), 1, (5, 0), 1), circle_intersections((0, 0), 2, (4, 0), 2))
print(round(math.sin(math.pi), 12), math.cos(0), math.tan(math.pi / 4), math.asin(1) * 2 == math.pi, math.sqrt(2) * math.sqrt(2))
