// An array with several dimensions held in a variant: the array functions refuse it
// at run time, as they would before running.
arrGrid is array of 2 by 2 int
vAny is variant = arrGrid
vAny[2, 2] = 4
Trace(vAny[2, 2])
Trace(ArrayCount(vAny))
