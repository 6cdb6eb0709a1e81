# Appending one character at a time: must be linear in the count (300,000 by default;
# the count may be given on the command line).
import sys


def main():
    n_count = 300000
    if len(sys.argv) > 1 and sys.argv[1] != "":
        n_count = int(sys.argv[1])
    s = ""
    for i in range(1, n_count + 1):
        s += "x"
    print(len(s))


main()
