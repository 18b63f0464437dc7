# mandelbrot: a float loop. Iterates z = z*z + c over a grid and counts the
# points that stay bounded; the inner loop is pure float multiply/add/compare.


def mandel(width, height, max_iter):
    inside = 0
    escape_sum = 0
    for py in range(height):
        ci = (py * 2.0) / height - 1.0
        for px in range(width):
            cr = (px * 3.0) / width - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            if i == max_iter:
                inside += 1
            else:
                escape_sum += i
    return inside, escape_sum


def main():
    inside, escape_sum = mandel(400, 300, 120)
    print("mandelbrot", inside, escape_sum)


main()
