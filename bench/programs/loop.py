# 10 million turns of an integer FOR loop with arithmetic.


def main():
    n_sum = 0
    for i in range(1, 10000001):
        n_sum += i % 7 * 2
    print(n_sum)


main()
