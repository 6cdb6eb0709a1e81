# 2 million calls of a small procedure.


def add(a, b):
    return a + b


def main():
    n_total = 0
    for i in range(1, 2000001):
        n_total = add(n_total, i % 1000)
    print(n_total)


main()
