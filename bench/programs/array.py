# Filling an array of 1 million ints, then summing it by index.


def main():
    arr = []
    for i in range(1, 1000001):
        arr.append(i % 1000)
    n_count = len(arr)
    n_sum = 0
    for i in range(n_count):
        n_sum += arr[i]
    print(n_count, n_sum)


main()
