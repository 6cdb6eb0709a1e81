// PC SOFT's fixed-array page: "An array cannot be handled as a whole. For example, an
// array cannot be assigned to another array." wl reports it before the script runs.
arrA is fixed array of 3 int
arrB is fixed array of 3 int
arrA[1] = 5
Trace(arrA[1])
arrB = arrA
