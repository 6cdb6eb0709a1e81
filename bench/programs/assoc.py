# An associative array of 200,000 keys: filled, then every key read back.


def main():
    aa = {}
    for i in range(1, 200001):
        aa["key" + str(i)] = i % 1000
    n_sum = 0
    for i in range(1, 200001):
        n_sum += aa["key" + str(i)]
    print(len(aa), n_sum)


main()
