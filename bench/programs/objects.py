# 1 million objects created (constructor with a parameter), a method called on each.


class Point:
    def __init__(self, n):
        self.x = n
        self.y = n % 7

    def norm1(self):
        return self.x + self.y


def main():
    n_total = 0
    for i in range(1, 1000001):
        p = Point(i)
        n_total += p.norm1() % 1000
    print(n_total)


main()
