# String functions over a 100,000-line text: lines found with find and cut with a slice,
# a field taken with split, a search, a replace per line and one over the whole text.


def main():
    n_lines = 100000
    s_text = ""
    for i in range(1, n_lines + 1):
        s_text += "line" + str(i) + ";" + str(i * 7 % 1000) + ";alpha beta gamma" + "\r\n"

    n_total = 0
    n_found = 0
    n_length = 0
    n_start = 0
    while True:
        n_end = s_text.find("\r\n", n_start)
        if n_end < 0:
            break
        s_line = s_text[n_start:n_end]
        n_total += int(s_line.split(";")[1])
        if s_line.find("99") >= 0:
            n_found += 1
        n_length += len(s_line.replace("a", "ab"))
        n_start = n_end + 2
    s_all = s_text.replace("gamma", "delta")
    print(n_total, n_found, n_length, len(s_all))


main()
